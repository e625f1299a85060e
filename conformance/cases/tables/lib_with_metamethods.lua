-- dialects: 5.1 5.2 5.3 5.4 5.5
-- table library on tables with __index/__newindex/__len (honoured from 5.3 on)
local log = {}
local backing = {10, 20, 30}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get" .. tostring(k) return backing[k] end,
  __newindex = function(_, k, v) log[#log + 1] = "set" .. tostring(k) backing[k] = v end,
  __len = function() return #backing end,
})
print(#proxy)
print(pcall(table.concat, proxy, ","))
print(pcall(function() return (table.unpack or unpack)(proxy) end))
print(pcall(function() return (table.unpack or unpack)(proxy, 1, 3) end))
log = {}
print(pcall(table.insert, proxy, 40))
print(#backing, rawget(proxy, 4), backing[4], table.concat(log, " "))
log = {}
print(pcall(table.remove, proxy))
print(#backing, table.concat(log, " "))
log = {}
print(pcall(table.sort, proxy, function(a, b) return a > b end))
print(table.concat(backing, ","))
local ip = {}
for i, v in ipairs(proxy) do ip[#ip + 1] = v end
print(table.concat(ip, ","))
if table.move then
  local dst = table.move(proxy, 1, 2, 1, {})
  print(dst[1], dst[2])
end
print(next(proxy))
print(rawlen and rawlen(proxy) or #proxy)
