-- dialects: 5.1 5.2 5.3 5.4 5.5
-- parentheses: truncating multiple results, prefix expressions, calls on parenthesized values
local function multi() return 1, 2, 3 end
print((multi()))
print(select("#", (multi())))
local t = {(multi())}
print(#t)
print(((("nested"))))
print(("abc"):upper(), (#"abc"), ({10, 20})[2])
local obj = {v = 5, get = function(self) return self.v end}
print((obj):get(), (obj).v, ((obj)).v)
local f = function() return function() return "inner" end end
print((f())())
print((nil) == nil, (false) == false)
print(type((print)), (1 + 2) * 3, -(2 ^ 2))
local s = "x"
print((s .. "y"):rep(2))
local load = loadstring or load
print(load("return (1)") ~= nil, load("(1)") == nil, load("x = (1)") ~= nil)
print(load("(f)()") ~= nil, load("(f).x = 1") ~= nil, load("(f) = 1") == nil)
