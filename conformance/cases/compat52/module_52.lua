-- dialects: 5.2
-- 5.2's deprecated module() (LUA_COMPAT_MODULE): module environments, seeall, _NAME/_M/_PACKAGE
print(type(module), type(package.seeall))
package.preload["m52"] = load([[
  local name = ...
  module(name, package.seeall)
  function f() return "f in " .. _NAME end
]], "=m52")
local m = require("m52")
print(m.f(), m._NAME, type(m._M), m._PACKAGE)
print(pcall(function(...) return select(1, module(...)) end))
package.preload["m52b"] = load([[
  local name = ...
  local print, pcall, type, string = print, pcall, type, string
  module(name)
  local ok = pcall(function() return type(string) end)
  value = "v"
  print("inside m52b", ok, type(print), _NAME)
  return {ignored = true}
]], "=m52b")
local mb = require("m52b")
print(type(mb), mb.value, mb.ignored, mb._NAME)
print(type(package.loaded.m52b), package.loaded.m52b == mb)
print(getfenv == nil, setfenv == nil, type(loadstring), type(unpack))
package.preload["a.b.c"] = load("module(...) x = 1", "=abc")
local abc = require("a.b.c")
print(abc._NAME, abc._PACKAGE, abc.x, type(a), type(a.b), a.b.c == abc)
