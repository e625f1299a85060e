-- dialects: 5.1 5.2 5.3 5.4 5.5
-- # operator, byte values, and string identity
print(#"", #"a", #"hello world", #"\0", #"\255\254")
local s = ""
for i = 0, 255 do s = s .. string.char(i) end
print(#s, s:byte(1), s:byte(-1), s:byte(129))
print(s:sub(66, 70), s:sub(98, 100))
local t = {s:byte(1, 10)}
print(#t, t[1], t[10])
print(("abc"):byte(), ("abc"):byte(2), ("abc"):byte(-1), ("abc"):byte(10))
print(select("#", ("abc"):byte(10)), select("#", ("abc"):byte(1, -1)))
print(("abc"):byte(0), select("#", ("abc"):byte(0)))
print(string.char(), string.char(72, 105), #string.char(0, 0))
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(pcall(string.char, "65"))
print(pcall(string.char, {}))
local x = "abc"
local y = "ab" .. "c"
print(x == y, rawequal(x, y), #(x .. y))
print(("x"):rep(1000):len(), #("ab"):rep(3, ","))
local long = ("0123456789"):rep(100)
print(#long, long:sub(995), long:byte(1000))
print(#tostring(12), #tostring(-1.5), #tostring(true), #tostring(nil))
print(string.len("\0\0"), string.len(""), pcall(string.len))
for _, str in ipairs({"", "a", "ab\0cd", ("z"):rep(37)}) do
  print(#str, string.len(str), str:len(), select("#", str:byte(1, -1)))
end
print(("\65\66\67"):byte(1, 3))
print(("hello"):byte(-3, -1))
print(("hello"):byte(4, 2))
print(("hello"):byte(-100, 2))
print(string.char(string.byte("Lua", 1, 3)))
print(pcall(string.byte))
print(pcall(string.byte, "x", "y"))
print(string.byte(123, 2))
