-- dialects: 5.1 5.2 5.3 5.4 5.5
-- _G contents per dialect, rawequal/rawget with metatables, select/type of library tables
local libs = {"string", "table", "math", "io", "os", "coroutine", "debug", "package", "utf8", "bit32"}
for _, l in ipairs(libs) do io.write(l, ":", type(_G[l]), " ") end
print()
local function keys(t)
  local r = {}
  for k in pairs(t) do r[#r + 1] = tostring(k) end
  table.sort(r)
  return table.concat(r, " ")
end
print(keys(math))
print(keys(table))
print(keys(coroutine))
print(keys(package))
print(keys(io))
print(type(package.loaded), keys(package.loaded))
