-- dialects: 5.1 5.2 5.3 5.4 5.5
-- globals live in _G; assignment, rawget on _G, undefined reads
print(type(_G), _G._G == _G, _G.print == print)
newglobal = 42
print(_G.newglobal, rawget(_G, "newglobal"))
_G.other = "set via _G"
print(other)
newglobal = nil
print(newglobal, rawget(_G, "newglobal"))
print(undefined_thing)
local names = {}
for k in pairs(_G) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
local count = 0
for k, v in pairs(_G) do if type(v) == "function" then count = count + 1 end end
print(count > 10)
_G["with space"] = 1
print(_G["with space"])
local env_names = {"assert", "collectgarbage", "dofile", "error", "getmetatable", "ipairs",
  "load", "loadfile", "next", "pairs", "pcall", "print", "rawequal", "rawget", "rawset",
  "select", "setmetatable", "tonumber", "tostring", "type", "xpcall", "unpack", "loadstring",
  "setfenv", "getfenv", "rawlen", "module", "require", "gcinfo", "newproxy", "warn", "bit32", "utf8"}
for _, n in ipairs(env_names) do io.write(n, "=", type(_G[n]), " ") end
print()
print(_VERSION)
local mt = {__index = function(t, k) return "default:" .. k end}
setmetatable(_G, mt)
print(missing_var, rawget(_G, "missing_var"))
setmetatable(_G, nil)
print(missing_var)
local declared = {}
setmetatable(_G, {__newindex = function(t, k, v) declared[#declared + 1] = k rawset(t, k, v) end})
g_one = 1
g_two = 2
g_one = 11
setmetatable(_G, nil)
print(table.concat(declared, ","), g_one, g_two)
