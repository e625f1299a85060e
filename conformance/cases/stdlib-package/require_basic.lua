-- dialects: 5.1 5.2 5.3 5.4 5.5
-- require with package.path pointing at a temp dir, package.loaded caching, preload
print(type(package.path), type(package.cpath), type(package.loaded), type(package.preload))
print(package.loaded.string == string, package.loaded._G == _G, package.loaded.math == math)
local dir = os.tmpname()
os.remove(dir)
local utmp = os.tmpname()
local modname = "req_" .. (utmp:match("[^/]+$"):gsub("%W", "_"))
local base = dir:match("^(.*)/") or "."
local file = base .. "/" .. modname .. ".lua"
local f = assert(io.open(file, "w"))
f:write("local name, path = ...\nloadcount = (loadcount or 0) + 1\nreturn {name = name, hasPath = type(path) == 'string', value = 42}\n")
f:close()
package.path = base .. "/?.lua"
local m = require(modname)
print(m.name == modname, m.value, loadcount)
print(m.hasPath)
local m2 = require(modname)
print(m2 == m, loadcount)
print(package.loaded[modname] == m)
package.loaded[modname] = nil
local m3 = require(modname)
print(m3 ~= m, loadcount)
os.remove(file)
package.preload["virtual.mod"] = function(name, extra)
  return {from = "preload", name = name, extra = extra}
end
local v = require("virtual.mod")
print(v.from, v.name, v.extra)
package.preload.nilmod = function() end
print(require("nilmod"), package.loaded.nilmod)
package.preload.falsemod = function() return false end
print(require("falsemod"), package.loaded.falsemod)
package.loaded.fake = "fake value"
print(require("fake"))
local ok, err = pcall(function(...) return select(1, require(...)) end, "definitely_missing_module_xyz")
print(ok)
local lines = {}
for l in err:gmatch("[^\n]+") do lines[#lines + 1] = l end
print(lines[1])
print(lines[2])
print(pcall(function(...) return select(1, require(...)) end))
package.preload.errmod = function() error("module init failed") end
print(pcall(function(...) return select(1, require(...)) end, "errmod"))
print(type(package.loaded.errmod))
print(type(package.searchers or package.loaders), #(package.searchers or package.loaders))
print(type(package.searchpath), package.config:sub(1, 1))
print(type(package.loadlib))
os.remove(utmp)
