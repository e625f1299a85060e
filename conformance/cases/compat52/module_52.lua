-- dialects: 5.2
-- 5.2's deprecated module() still present with LUA_COMPAT_MODULE; _ENV semantics around it
print(type(module), type(package.seeall))
package.preload["m52"] = function(name)
  module(name, package.seeall)
  function f() return "f in " .. _NAME end
end
local m = require("m52")
print(m.f(), m._NAME, type(m._M))
print(pcall(function(...) return select(1, module(...)) end))
