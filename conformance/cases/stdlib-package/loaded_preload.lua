-- dialects: 5.1 5.2 5.3 5.4 5.5
-- package.loaded entries for standard libraries, preload precedence, require of _G/string
local std = {"_G", "coroutine", "debug", "io", "math", "os", "package", "string", "table", "utf8", "bit32"}
for _, n in ipairs(std) do io.write(n, "=", type(package.loaded[n]), " ") end
print()
print(require("string") == string, require("_G") == _G, require("table") == table)
package.preload.string = function() return "preloaded string" end
print(require("string") == string)
package.preload.string = nil
package.loaded.mymod = nil
package.preload.mymod = function(...) return {args = select("#", ...), first = (...)} end
local m = require("mymod")
print(m.args, m.first)
package.loaded.mymod = nil
package.preload.mymod = function() return nil end
print(require("mymod"), package.loaded.mymod)
package.loaded.mymod = false
print(pcall(function(...) return select(1, require(...)) end, "mymod"))
package.loaded.mymod = nil
local calls = 0
package.preload.counted = function() calls = calls + 1 return {} end
require("counted") require("counted") require("counted")
print(calls)
print(type(package.preload), next(package.preload) ~= nil)
