-- dialects: 5.4 5.5
-- assorted 5.4 behaviours: print ignores global tostring, __lt without __le, utf8 lax, math.random(0)
local saved = tostring
tostring = function() return "patched" end
print(1, "x", nil)
tostring = saved
local obj = setmetatable({}, {__lt = function() return true end})
print(pcall(function() return obj <= obj end))
print(math.type(math.random(0)))
print(pcall(string.format, "%q", 1/3))
print(string.format("%q", math.mininteger), string.format("%q", 1.5), string.format("%q", 2^63))
print(string.format("%q", 0.1), string.format("%q", -0.0), string.format("%q", 1e100))
print(math.ult(-1, 1), 5 // 0.0, -5 // 0.0)
print(("x"):rep(3, ", "), table.unpack({1, 2, 3}, -1, 1))
print(select("#", table.unpack({}, 1, 3)))
print((pcall(function(...) return select(1, setmetatable(...)) end, {}, {__gc = true})))
print(type(coroutine.running()), select(2, coroutine.running()))
print(string.format("%5.1s|", "abc"), ("%d"):format(3.0))
print(tostring(1e15), tostring(-1e15), tostring(1e16), 2^63, math.maxinteger + 0.0)
print(#{1, 2, nil}, #{nil, nil, 3} >= 0)
print(load("return 1 // 0 == nil") and pcall(load("return 1 // 0")))
print(string.pack("<i4", 7):byte(1, -1))
print(math.floor(-3.5), math.ceil(-3.5), math.floor(3), math.type(math.floor(3.0)))
print(collectgarbage("isrunning"), collectgarbage("step", 1) ~= nil)
