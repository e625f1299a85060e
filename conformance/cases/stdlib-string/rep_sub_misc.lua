-- dialects: 5.1 5.2 5.3 5.4 5.5
-- rep (with separator in 5.2+), sub with negative/out-of-range indices, reverse, upper, lower, len
print(("ab"):rep(3), ("ab"):rep(0), ("ab"):rep(-1), ("ab"):rep(1))
print(("ab"):rep(3, ","), ("ab"):rep(1, ","), ("ab"):rep(0, ","))
print(("x"):rep(2, ""), #("x"):rep(100, "yy"))
print(pcall(string.rep, "x", -5), pcall(string.rep, "", 3, "ab"))
local s = "hello"
print(s:sub(2), s:sub(2, 3), s:sub(-3), s:sub(-3, -2), s:sub(0), s:sub(10), s:sub(3, 2))
print(s:sub(-100, 2), s:sub(2, 100), s:sub(-1, -1), s:sub(0, 0), s:sub(5, 5), s:sub(6))
print(s:sub(2.0, 3), pcall(s.sub, s, 2.5))
print(s:sub(math.huge and -2^31 or 0, 2^31), pcall(s.sub, s, 1, 2^63))
print(("abc"):reverse(), (""):reverse(), ("a\0b"):reverse() == "b\0a")
print(("MiXeD 123 äÖ"):upper(), ("MiXeD 123"):lower())
print(("\200"):upper() == "\200", #("abc"):upper())
print(string.len("abc"), ("\0\0"):len(), (""):len())
print(pcall(string.sub, "abc"))
print(pcall(string.sub))
print(string.sub("hello", 2, -2), string.sub("hello", -4, 4))
local t = {}
for i = -6, 6 do t[#t + 1] = "[" .. s:sub(i, i) .. "]" end
print(table.concat(t))
t = {}
for i = -6, 6 do t[#t + 1] = "[" .. s:sub(i) .. "]" end
print(table.concat(t))
print(("x"):rep(3, nil))
print(pcall(string.rep, "x", 3, {}))
print(("abc"):upper():reverse():lower():rep(2, "|"))
print(("%d items"):rep(2, "; "):format(1, 2))
