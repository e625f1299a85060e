-- dialects: 5.1 5.2 5.3 5.4 5.5
-- whether table.insert/remove/concat/unpack/sort use __index/__newindex/__len (5.3+) or raw access
local log = {}
local function proxy(n)
  local store = {}
  for i = 1, n do store[i] = "v" .. i end
  return setmetatable({}, {
    __index = function(_, k) log[#log + 1] = "get" .. tostring(k) return store[k] end,
    __newindex = function(_, k, v) log[#log + 1] = "set" .. tostring(k) store[k] = v end,
    __len = function() log[#log + 1] = "len" return n end,
  }), store
end
local function flush(label, ...)
  local t = { ... }
  for i = 1, select("#", ...) do t[i] = tostring(t[i]) end
  print(label, table.concat(t, ","), "|", table.concat(log, " "))
  log = {}
end
local p = proxy(3)
flush("concat", pcall(table.concat, p, "-"))
p = proxy(3)
flush("unpack", pcall(table.unpack or unpack, p))
p = proxy(3)
flush("insert", pcall(table.insert, p, "new"))
p = proxy(3)
flush("insert2", pcall(table.insert, p, 1, "first"))
p = proxy(3)
flush("remove", pcall(table.remove, p))
p = proxy(3)
flush("remove1", pcall(table.remove, p, 1))
p = proxy(2)
flush("sort", pcall(table.sort, p))
p = proxy(3)
flush("len", #p)
p = proxy(3)
local n = 0
for i, v in ipairs(p) do n = n + 1 end
flush("ipairs", n)
local lenstr = setmetatable({}, { __len = function() return "3" end })
flush("lenstr", pcall(table.insert, lenstr, 1))
local lenflt = setmetatable({}, { __len = function() return 2.5 end })
flush("lenflt", pcall(table.insert, lenflt, 1))
local lenbig = setmetatable({}, { __len = function() return 2^53 end })
flush("lenbig", pcall(table.concat, lenbig, ",", 1, 0))
