-- dialects: 5.1 5.2 5.3 5.4 5.5
-- float keys with integer values are the same key as the integer
local t = {}
t[1] = "int"
print(t[1.0], t[1])
t[1.0] = "float"
print(t[1], t[1.0])
t[2^53] = "big"
print(t[2^53], t[9007199254740992])
t[1.5] = "half"
print(t[1.5], t[3/2])
local n = 0
for k, v in pairs(t) do n = n + 1 end
print(n)
local keys = {}
for k in pairs({[1] = 1, [1.0] = 2, [2] = 3}) do keys[#keys + 1] = k end
table.sort(keys)
print(#keys, keys[1], keys[2])
for k in pairs({[3.0] = true}) do print(k, math.type and math.type(k) or type(k)) end
for k in pairs({[-0.0] = true}) do print(k, math.type and math.type(k) or type(k)) end
print(pcall(function() local x = {} x[0/0] = 1 end))
print(pcall(function() local x = {} x[nil] = 1 end))
print(pcall(function(...) return select(1, rawset(...)) end, {}, nil, 1))
print(pcall(function(...) return select(1, rawset(...)) end, {}, 0/0, 1))
local r = {}
print(r[nil], r[0/0])
r.x = 1
r["x"] = 2
print(r.x)
local s = {}
s["10"] = "str"
s[10] = "num"
print(s["10"], s[10])
local m = {[-0.0] = "negzero"}
print(m[0], m[-0.0])
print(rawget({[2] = "two"}, 2.0))
local b = {}
b[true] = 1
b[false] = 0
print(b[true], b[false], b[1])
local f = {}
f[print] = "p"
f[f] = "self"
print(f[print], f[f])
local big = {}
big[2^63] = "2^63"
print(big[2^63], big[math.maxinteger and math.maxinteger or 2^63] == nil)
big[1e300] = "huge"
print(big[1e300], big[1/0])
big[1/0] = "inf"
print(big[1/0], big[-1/0])
local ints = {}
for i = 1, 5 do ints[i + 0.0] = i end
print(#ints, ints[3])
