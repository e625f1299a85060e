-- dialects: 5.1 5.2 5.3 5.4 5.5
-- many arguments and results: unpack of large tables, select counts, limits
local unpack = table.unpack or unpack
local big = {}
for i = 1, 5000 do big[i] = i end
local function count(...) return select("#", ...) end
print(count(unpack(big)))
print(select(4999, unpack(big)))
local function sum(...) local s = 0 for i = 1, select("#", ...) do s = s + select(i, ...) end return s end
print(sum(unpack(big, 1, 200)))
local packed = {unpack(big)}
print(#packed, packed[5000])
print(math.max(unpack(big)), math.min(unpack(big)))
print(pcall(function(...) return select(1, unpack(...)) end, big, 1, 1e6))
local s = string.rep("a", 300)
print(count(s:byte(1, -1)))
print(pcall(string.char, unpack(big, 1, 100)))
local ok, e = pcall(string.char, unpack(big, 60, 300))
print(ok)
local t = {}
for i = 1, 100 do t[i] = "v" .. i end
local f = (loadstring or load)("return " .. table.concat(t, ", "))
print(f and count(f()))
