-- dialects: 5.1 5.2 5.3 5.4 5.5
-- # on sequences and on tables whose border is unique
local t = {}
print(#t)
for i = 1, 10 do t[i] = i end
print(#t)
t[11] = 11
print(#t)
t[11] = nil
print(#t)
t[10] = nil
print(#t)
for i = 9, 1, -1 do t[i] = nil end
print(#t)
local s = {"a", "b", "c"}
s[#s + 1] = "d"
print(#s, s[#s])
s[#s] = nil
print(#s, s[#s])
local u = {n = 3}
print(#u)
local v = {[1] = 1, [2] = 2, [3] = 3}
print(#v)
local w = {}
w[1] = 1 w[2] = 2 w[3] = 3 w[4] = 4
print(#w)
w.x = "x"
print(#w)
print(#"", #{{}, {}}, #{nil}, #{n = 1})
local grow = {}
for i = 1, 1000 do grow[#grow + 1] = i end
print(#grow, grow[#grow])
for i = 1, 500 do grow[#grow] = nil end
print(#grow, grow[#grow])
local fl = {}
fl[1.0] = "a" fl[2.0] = "b"
print(#fl)
print(pcall(function() return #nil end))
print(pcall(function() return #5 end))
print(pcall(function() local x = true return #x end))
print(pcall(function() local t = {} return #t.field end))
local withlen = setmetatable({1, 2, 3}, {__len = function() return 42 end})
print(#withlen, rawlen and rawlen(withlen) or "no rawlen")
local tbl = {1, 2, 3, 4, 5}
table.remove(tbl, 1)
print(#tbl, tbl[1])
table.insert(tbl, 1, 0)
print(#tbl, tbl[1])
local str = "hello"
print(#str, #str:rep(3))
local seq = {"x", "y"}
seq[3] = "z"
seq[4] = "w"
print(#seq, seq[4])
