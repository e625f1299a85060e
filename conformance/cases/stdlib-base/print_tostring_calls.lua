-- dialects: 5.1 5.2 5.3 5.4 5.5
-- print and tostring of every kind of value, and whether print calls the global tostring
print(nil, true, false, 0, -0, 1.0, -1.5, "str", "")
print(1e15, 1e16, 123456789012, 0.1, 1/3, -1e-7)
print(tostring(nil), tostring(true), tostring(12), tostring(12.0), tostring("s"))
print(type(tostring(print)), tostring(print):match("^(%a+)"), tostring({}):match("^(%a+)"))
print(tostring(coroutine.create(function() end)):match("^(%a+)"), tostring(io.stdout):match("^(%a+)"))
print(pcall(function() return tostring() end))
print(tostring(1, 2), select("#", tostring(nil)))
local withts = setmetatable({}, { __tostring = function(self) return "<obj>" end })
print(withts, tostring(withts))
local real = tostring
tostring = function(v) return "[" .. real(v) .. "]" end
print(1, "a", nil)
tostring = real
print(1, "a", nil)
print(("%s %s"):format(1, 2.0), pcall(string.format, "%s", withts))
print(#tostring(12345), tostring(-0.0), tostring(0/0) == tostring(0/0))
print(tostring(2^63), tostring(-2^63), tostring(2^53), tostring(1e300 * 1e300))
print(tostring(255 / 1), tostring(7 / 7), tostring(2 * 3.5))
print(select("#", print()))
print("embedded\0zero", #"embedded\0zero")
io.write("no newline", " ", 42, " ", 1.5, "\n")
print(pcall(io.write, {}))
print(pcall(io.write, nil))
print(pcall(io.write, true))
