-- dialects: 5.1 5.2 5.3 5.4 5.5
-- function definitions: methods, dotted names, argument adjustment, returns
local obj = {n = 0}
function obj.plain(x) return x end
function obj:method(x) self.n = self.n + x return self end
print(obj.plain(5), obj:method(2).n, obj.method(obj, 3).n)
local a = {b = {c = {}}}
function a.b.c.f() return "deep" end
function a.b.c:g() return self == a.b.c end
print(a.b.c.f(), a.b.c:g())
local function args(a, b, c) return a, b, c end
print(args(1))
print(args(1, 2, 3, 4))
print((args(1, 2, 3)))
local function none() end
print(none(), select("#", none()))
local function onlyNil() return nil end
print(select("#", onlyNil()))
local function multi() return 1, 2, 3 end
print(multi(), multi())
local t = {multi(), multi()}
print(#t)
print(#{multi(), (multi())})
print(type(print), type(function() end), type(multi))
local f1 = function() return function() return "nested" end end
print(f1()())
print((function(...) return select("#", ...) end)(nil, nil, nil))
local s = "str"
print(s:upper(), ("lit"):len())
print(string.format("%s", "call with parens"))
print(type(obj.nothing))
local function ret(...) return ... end
print(ret(1, nil, 3))
print(ret())
local longargs = {}
for i = 1, 200 do longargs[i] = i end
print(select("#", (table.unpack or unpack)(longargs)))
print(math.max((table.unpack or unpack)(longargs)))
local function count(...) return select("#", ...) end
print(count((table.unpack or unpack)(longargs, 1, 150)))
local function defaults(x, y) x = x or "dx" y = y or "dy" return x, y end
print(defaults(), defaults(false, nil), defaults(1, 2))
local curry = function(a) return function(b) return function(c) return a + b + c end end end
print(curry(1)(2)(3))
print(pcall(function(...) local a, b = ... return a, b end, "x"))
local function fwd(...) return count(...) end
print(fwd(), fwd(nil), fwd(1, nil), fwd(nil, nil, nil))
print(string.rep("-", 3) .. (function() return "x" end)())
local fcall = print
fcall("called via local")
local tbl = {["key with space"] = function() return "ok" end}
print(tbl["key with space"]())
