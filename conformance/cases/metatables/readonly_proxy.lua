-- dialects: 5.1 5.2 5.3 5.4 5.5
-- read-only proxies: errors on writes with caller-level messages, iteration through __pairs (5.2+)
local function readonly(t)
  return setmetatable({}, {
    __index = t,
    __newindex = function(_, k) error("attempt to modify read-only field '" .. tostring(k) .. "'", 2) end,
    __len = function() return #t end,
    __pairs = function() return next, t, nil end,
    __metatable = "read-only",
  })
end
local days = readonly({"Mon", "Tue", "Wed", weekend = false})
print(days[1], days[3], days.weekend, #days)
print(pcall(function() days[4] = "Thu" end))
print(pcall(function() days.weekend = true end))
print((pcall(function(...) return select(1, rawset(...)) end, days, 4, "raw")))
print(rawget(days, 4), days[4])
print(getmetatable(days), pcall(function(...) return select(1, setmetatable(...)) end, days, nil))
local keys = {}
for k, v in pairs(days) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, ","))
local list = {}
for i, v in ipairs(days) do list[#list + 1] = v end
print(table.concat(list, " "))
local nested = readonly({inner = {1, 2}})
nested.inner[1] = "mutable inside"
print(nested.inner[1])
print(pcall(function() nested.inner = {} end))
local function deepReadonly(t)
  local proxy = {}
  for k, v in pairs(t) do if type(v) == "table" then t[k] = deepReadonly(v) end end
  return readonly(t)
end
local cfg = deepReadonly({db = {host = "h", port = 1}, debug = true})
print(cfg.db.host, cfg.db.port, cfg.debug)
print(pcall(function() cfg.db.port = 2 end))
