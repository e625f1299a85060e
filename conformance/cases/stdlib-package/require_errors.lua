-- dialects: 5.1 5.2 5.3 5.4 5.5
-- require: syntax error in a module file, runtime error, custom loaders/searchers, loader extra value
local tmp = os.tmpname()
local dir = tmp:match("^(.*)/")
os.remove(tmp)
local utmp = os.tmpname()
local U = "m" .. (utmp:match("[^/]+$"):gsub("%W", "_")) .. "_"
local function write(name, src)
  local f = assert(io.open(dir .. "/" .. name .. ".lua", "w"))
  f:write(src)
  f:close()
end
local function clean(s) return (tostring(s):gsub(dir:gsub("%p", "%%%0"), "DIR"):gsub(U:gsub("%p", "%%%0"), "luna_conf_")) end
package.path = dir .. "/?.lua"
write(U .. "bad_syntax", "return {")
local ok, e = pcall(function(...) return select(1, require(...)) end, U .. "bad_syntax")
print(ok, (clean(e):match("^[^\n]*")))
write(U .. "runtime_err", "error('module failed at load')")
ok, e = pcall(function(...) return select(1, require(...)) end, U .. "runtime_err")
print(ok, (clean(e):match("^[^\n]*")))
write(U .. "returns_nothing", "x_from_module = 'set'")
print(require(U .. "returns_nothing"), x_from_module)
write(U .. "second", "return 'value', 'extra'")
local r1, r2 = require(U .. "second")
print(r1, r2 and clean(r2))
local searchers = package.searchers or package.loaders
table.insert(searchers, 2, function(name)
  if name:match("^virtual%.") then
    return function(n, extra) return {loaded = n, extra = extra} end, "virtual-extra"
  end
  return "\n\tno virtual module '" .. name .. "'"
end)
local v = require("virtual.thing")
print(v.loaded, v.extra)
ok, e = pcall(function(...) return select(1, require(...)) end, "luna_conf_absent_module")
local lines = {}
for l in clean(e):gmatch("[^\n]+") do lines[#lines + 1] = l end
print(ok, lines[1])
print(lines[2])
print(lines[3])
table.remove(searchers, 2)
for _, n in ipairs({U .. "bad_syntax", U .. "runtime_err", U .. "returns_nothing", U .. "second"}) do
  os.remove(dir .. "/" .. n .. ".lua")
end
local ok42, e42 = pcall(function(...) return select(1, require(...)) end, 42)
print(ok42, (e42:match("^[^\n]*\n[^\n]*")))
os.remove(utmp)
