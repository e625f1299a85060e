-- dialects: 5.1 5.2 5.3 5.4 5.5
-- function statement forms: a.b.c:d, local function, global functions, redefinition, self
local a = {b = {c = {}}}
function a.b.c:d(x) return self == a.b.c, x end
function a.b.f(...) return select("#", ...) end
print(a.b.c:d(1))
print(a.b.c.d(a.b.c, 2))
print(a.b.c.d(nil, 3))
print(a.b.f(1, 2, 3), a.b:f())
function globalFn() return "global" end
print(globalFn(), type(_G.globalFn))
globalFn = nil
local function localFn() return "local" end
print(localFn())
local obj = {}
function obj.new(n) local o = setmetatable({n = n}, {__index = obj}) return o end
function obj:get() return self.n end
function obj:set(v) self.n = v return self end
print(obj.new(5):get(), obj.new(1):set(9):get())
local str = "abc"
function string.shout(s) return s:upper() .. "!" end
print(str:shout())
string.shout = nil
local t = {}
t["key with space"] = function() return "bracket key" end
print(t["key with space"]())
local load = loadstring or load
print(load("function a.b:c.d() end") == nil)
print(load("function a:b:c() end") == nil)
print(load("local function a.b() end") == nil)
print(load("function (x) end") == nil)
print(type(load("return function(...) end")))
print(type(load("local f = function(a, b, ...) end")))
print(load("function f(a, ...) local arg end") ~= nil)
print(load("function f(..., a) end") == nil)
