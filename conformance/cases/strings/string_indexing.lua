-- dialects: 5.1 5.2 5.3 5.4 5.5
-- strings share the string library through their metatable: methods, indexing, errors
local s = "Hello"
print(s:upper(), s:lower(), s:len(), #s, s:sub(2, 3), s:byte(1), s:rep(2, "-"))
print(("%d-%s"):format(5, "x"), ("abc"):reverse(), ("  x "):len())
print(type(s.len), s[1], s.nope, ("x").upper == string.upper)
print(getmetatable("").__index == string, type(getmetatable("abc")))
print(rawequal(getmetatable("a"), getmetatable("b")))
local ok, e = pcall(function() return s:nomethod() end)
print(ok, e)
ok, e = pcall(function() local n = 5 return n:upper() end)
print(ok, e)
ok, e = pcall(function() return ("x"):bad() end)
print(ok, e)
ok, e = pcall(function() s.x = 1 end)
print(ok, e)
string.shout = function(str) return str:upper() .. "!" end
print(("hey"):shout())
string.shout = nil
print(pcall(function() return ("hey"):shout() end))
local mt = getmetatable("")
local old = mt.__index
mt.__index = function(str, k)
  if type(k) == "number" then return str:sub(k, k) end
  return old[k]
end
print(("abc")[2], ("abc")[5] == "", ("abc"):upper())
mt.__index = old
print(("abc")[2])
print(#"", #"\0\0", ("\0a\0"):len(), ("a\0b"):upper())
print(("x"):rep(0), ("x"):rep(-1), ("ab"):rep(3, ","), ("ab"):rep(1, ","))
