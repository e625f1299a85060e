-- dialects: 5.1 5.2 5.3 5.4 5.5
-- string.byte/char/sub index handling and errors
local s = "abcdef"
local function show(...) local t = {...} for i = 1, select("#", ...) do t[i] = tostring(t[i]) end return select("#", ...) .. ":" .. table.concat(t, ",") end
print(show(s:byte()), show(s:byte(2)), show(s:byte(-1)), show(s:byte(2, 4)), show(s:byte(-3, -1)))
print(show(s:byte(0)), show(s:byte(10)), show(s:byte(4, 2)), show(s:byte(-100, 2)), show(s:byte(1, 100)))
print(show(s:byte(0, 0)), show((""):byte()), show((""):byte(1, -1)))
print(s:sub(2), s:sub(-2), s:sub(2, -2), s:sub(0), s:sub(-100), s:sub(3, 2), s:sub(7), s:sub(-3, 4))
print(s:sub(0, 0) == "", s:sub(100, 200) == "", s:sub(-100, -50) == "", s:sub(2, 100))
print(s:sub(math.huge and 1 or 1, 3), pcall(string.sub, s, 1.5))
print(pcall(string.sub, s, "2", "3"))
print(pcall(string.sub, s, "x"))
print(pcall(string.sub))
print(pcall(string.byte, s, 1.0, 2.0))
print(pcall(string.byte, s, 1.5))
print(string.char(), string.char(72, 105), string.char(0):byte(), #string.char(0, 0, 0))
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(pcall(string.char, "65"))
print(pcall(string.char, "x"))
print(pcall(string.char, 65.0))
print(pcall(string.char, 65.5))
print(pcall(string.char, 65, nil))
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local str = table.concat(all)
print(#str, str:byte(1), str:byte(256), str:byte(-1), str:sub(66, 70))
local back = { str:byte(1, -1) }
print(#back, back[1], back[128], back[256])
print(string.len(str), str:len(), #str:upper(), str:upper():byte(98), str:lower():byte(66))
