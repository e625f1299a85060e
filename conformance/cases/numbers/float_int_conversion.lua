-- dialects: 5.3 5.4 5.5
-- where floats are converted to integers: table keys, string.format %d, string.rep, for loops
local t = {}
t[1.0], t[2.5], t[2^53] = "a", "b", "c"
for k, v in pairs(t) do end
local keys = {}
for k in pairs(t) do keys[#keys + 1] = math.type(k) .. ":" .. tostring(k) end
table.sort(keys)
print(table.concat(keys, " "))
print(string.format("%d %d", 3.0, -0.0), pcall(string.format, "%d", 2^63))
print(("x"):rep(2.0), pcall(string.rep, "x", 2.5))
print(("abc"):sub(2.0, 3.0), pcall(string.sub, "abc", 1, 1.5))
print(string.char(65.0), pcall(string.char, 65.5))
print(table.unpack({1, 2, 3}, 2.0), pcall(table.unpack, {1, 2}, 1.5))
print(select(2.0, "a", "b"), pcall(function(...) return select(1, select(...)) end, 1.5, "a"))
print(math.tointeger(5.0), 5.0 | 0, pcall(function() return 5.5 | 0 end))
print(1e15 | 0, pcall(function() return 1e20 | 0 end))
print(2^31 | 0, 2^62 | 0, -2^63 | 0)
print(3 == 3.0, math.type(3) == math.type(3.0))
print(string.format("%.0f", 0.5), string.format("%.0f", 1.5), string.format("%.0f", 2.5))
print(math.floor(3.9999999999999999), math.floor(-0.0), 1 // 1.0)
print(7 // 0.5, 7 % 0.5, 7.5 // 1, math.type(7.5 // 1))
print(#{n = 1.0}, ({10, 20})[2.0], ({10, 20})[1.5])
print(tostring(2^63 // 1), tostring(-2^63 // 1))
print(string.format("%x", 255.0), pcall(string.format, "%x", 255.5))
print(("abc"):byte(1.0), utf8 and utf8.char(65.0))
print(math.abs(-2^63) == 2^63, math.type(math.abs(-2^63)))
