-- dialects: 5.1 5.2 5.3 5.4 5.5
-- calls on literals and parenthesised expressions, string/table call sugar, method chains
local function id(...) return ... end
print(("x"):rep(3), ("%d"):format(7), ({ 1, 2, 3 })[2], (function() return "iife" end)())
print(id "string arg", id [[long arg]], id { 1 } ~= nil, #id { 1, 2, 3 })
print(type(id), id(id)(1), select("#", id()))
local obj = { v = 0 }
function obj:add(n) self.v = self.v + n return self end
function obj.static(n) return n * 2 end
print(obj:add(1):add(2):add(3).v, obj.static(21), obj["static"](1))
local s = "abc"
print(s:upper():lower():rep(2):len(), #s:rep(3), s:sub(2):upper())
print(string.format("%s", "a") .. "b", ("a" .. "b"):upper())
local t = setmetatable({}, { __index = function(_, k) return function(self, ...) return k, select("#", ...) end end })
print(t:anything(1, 2), t.other(t))
local chain = { a = { b = { c = function() return { d = "deep" } end } } }
print(chain.a.b.c().d, chain["a"]["b"].c()["d"])
local fs = { function() return 1 end, function() return 2 end }
print(fs[1]() + fs[2](), #fs)
local loadstr = loadstring or load
print(pcall(loadstr("local t = {f=function() return 1 end} return t.f\n()")))
print(loadstr("return 'x':rep(2)"))
print(loadstr("return {}.x"))
print(loadstr("return ('x'):rep(2)")())
print(loadstr("local a = {} a.b = 1 return a.b")())
