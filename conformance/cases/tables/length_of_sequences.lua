-- dialects: 5.1 5.2 5.3 5.4 5.5
-- '#' on proper sequences while they grow and shrink, and on strings and __len objects
local t = {}
local lens = {}
for i = 1, 20 do t[i] = i lens[#lens + 1] = #t end
print(table.concat(lens, " "))
lens = {}
for i = 20, 1, -1 do t[i] = nil lens[#lens + 1] = #t end
print(table.concat(lens, " "))
local s = {}
for i = 1, 100 do s[#s + 1] = i * i end
print(#s, s[#s], s[50])
for i = 1, 50 do table.remove(s) end
print(#s, s[#s])
local c = { n = 5, "a", "b", x = 1, "c" }
print(#c, c.n)
print(#"", #"abc", #"\0\0", #("x"):rep(1000))
local empty = {}
print(#empty, #{ nil }, #{ n = 1 }, #{ [1] = 1, [2] = 2 })
local big = {}
for i = 1, 1000 do big[i] = true end
print(#big)
for i = 1000, 501, -1 do big[i] = nil end
print(#big)
local str = {}
for i = 1, 10 do str[i] = tostring(i) end
print(#str, #table.concat(str))
local nested = { { 1, 2 }, { 3 }, {} }
print(#nested, #nested[1], #nested[2], #nested[3])
local keys = {}
keys[1.0] = "a" keys[2] = "b" keys[3.0] = "c"
print(#keys)
