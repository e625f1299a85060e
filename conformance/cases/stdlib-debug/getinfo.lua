-- dialects: 5.1 5.2 5.3 5.4 5.5
-- debug.getinfo fields for Lua functions, C functions, main chunk, levels
local function sorted(t)
  local ks = {}
  for k, v in pairs(t) do if type(v) ~= "function" and type(v) ~= "table" then ks[#ks + 1] = k .. "=" .. tostring(v) end end
  table.sort(ks)
  return table.concat(ks, " ")
end
local function target(a, b, ...)
  local x = 1
  return x
end
local info = debug.getinfo(target)
print(info.short_src, info.source, info.what, info.linedefined, info.lastlinedefined)
print(info.nparams, info.isvararg, info.nups, info.currentline, info.func == target)
print(sorted(debug.getinfo(target, "S")))
print(sorted(debug.getinfo(print)))
print(sorted(debug.getinfo(1, "Sl")))
local function where() local i = debug.getinfo(2, "l") return i.currentline end
print(where(), where())
local function named() local i = debug.getinfo(1, "n") return i.name, i.namewhat end
print(named())
local t = {m = function() local i = debug.getinfo(1, "n") return i.name, i.namewhat end}
print(t.m())
print(t:m())
gfn = function() local i = debug.getinfo(1, "n") return i.name, i.namewhat end
print(gfn())
gfn = nil
print(debug.getinfo(100))
print((pcall(debug.getinfo, 1, ">")))
print(pcall(debug.getinfo, {}))
local f2 = function() end
local i2 = debug.getinfo(f2, "u")
print(i2.nups, i2.nparams, i2.isvararg)
local up1, up2 = 1, 2
local f3 = function() return up1 + up2 end
print(debug.getinfo(f3, "u").nups)
print(pcall(function() local i = debug.getinfo(1, "t") return i.istailcall end))
local function tc() return debug.getinfo(1, "t").istailcall end
local function caller() return tc() end
print(pcall(caller))
local main = debug.getinfo(1, "S")
print(main.what, main.linedefined, main.short_src)
local lf = (loadstring or load)("return debug.getinfo(1, 'S')", "=custom")
local li = lf()
print(li.source, li.short_src, li.what)
local lf2 = (loadstring or load)("return debug.getinfo(1, 'S')", "some code")
print(lf2().short_src)
local li3 = debug.getinfo(target, "L")
local lines = {}
for k in pairs(li3.activelines) do lines[#lines + 1] = k end
table.sort(lines)
print(table.concat(lines, ","))
print(sorted(debug.getinfo(coroutine.create(function() end), 0) or {}) ~= nil)
