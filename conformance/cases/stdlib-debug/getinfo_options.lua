-- dialects: 5.1 5.2 5.3 5.4 5.5
-- which fields each getinfo option letter fills, for a Lua function and a C function
local function keys(t)
  local r = {}
  for k in pairs(t) do r[#r + 1] = k end
  table.sort(r)
  return table.concat(r, ",")
end
local function lua_fn(a, b) return a end
for _, opt in ipairs({"S", "l", "u", "n", "f", "L", "t", "r", "Slu"}) do
  local ok, i1 = pcall(debug.getinfo, lua_fn, opt)
  local ok2, i2 = pcall(debug.getinfo, print, opt)
  print(opt, ok and keys(i1) or "error", "|", ok2 and keys(i2) or "error")
end
print(pcall(debug.getinfo, lua_fn, "x"))
print(pcall(debug.getinfo, 1, "*"))
