-- dialects: 5.1
-- Lua 5.1 module() and package.seeall, setfenv-based module environments
package.preload["my.mod"] = function(...)
  module(..., package.seeall)
  function hello() return "hello from " .. _NAME end
  local hidden = 1
  visible = 2
end
local m = require("my.mod")
print(type(m), m == my.mod, m._NAME, m._PACKAGE, m._M == m)
print(m.hello(), m.visible, m.hidden)
print(type(m.print), rawget(m, "print"))
package.preload["plain51"] = function(name)
  module(name)
  x = 10
end
local p = require("plain51")
print(p.x, type(rawget(p, "print")))
print(pcall(function(...) return select(1, module(...)) end))
local t = {}
package.loaded["pre.existing"] = t
package.preload["pre.existing2"] = function()
  module("pre.existing")
  y = 5
end
require("pre.existing2")
print(t.y, t._NAME)
print(type(package.seeall), type(package.loaders), #package.loaders)
