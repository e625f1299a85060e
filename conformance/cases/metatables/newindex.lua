-- dialects: 5.1 5.2 5.3 5.4 5.5
-- __newindex: function, table target, only for absent keys, rawset inside
local store = {}
local t = setmetatable({}, {__newindex = store})
t.a = 1
print(rawget(t, "a"), store.a, t.a)
local log = {}
local u = setmetatable({existing = 1}, {__newindex = function(tbl, k, v)
  log[#log + 1] = tostring(k) .. "=" .. tostring(v)
  rawset(tbl, k, v * 10)
end})
u.existing = 2
u.fresh = 3
u.fresh = 4
print(u.existing, u.fresh, table.concat(log, ","))
local ro = setmetatable({}, {__newindex = function(t, k) error("read-only: " .. k, 2) end})
print(pcall(function() ro.x = 1 end))
local chain2 = {}
local chain1 = setmetatable({}, {__newindex = chain2})
setmetatable(chain2, {__newindex = function(t, k, v) rawset(t, k, "via chain2:" .. v) end})
chain1.k = "v"
print(rawget(chain1, "k"), rawget(chain2, "k"))
local withIndex = setmetatable({}, {__index = {shadow = "inherited"}, __newindex = function(t, k, v) rawset(t, k, v .. "!") end})
print(withIndex.shadow)
withIndex.shadow = "own"
print(withIndex.shadow)
local counter = 0
local cnt = setmetatable({}, {__newindex = function(t, k, v) counter = counter + 1 end})
for i = 1, 5 do cnt[i] = i end
print(counter, #cnt, rawget(cnt, 1))
local nilAssign = setmetatable({}, {__newindex = function(t, k, v) print("newindex called", k, v) end})
nilAssign.x = nil
print(pcall(function() local b = setmetatable({}, {__newindex = 5}) b.x = 1 end))
print(pcall(function() local b = setmetatable({}, {__newindex = true}) b.x = 1 end))
local arr = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v) end})
table.insert(arr, "a")
arr[#arr + 1] = "b"
print(#arr, arr[1], arr[2])
local proxy = {}
local real = {}
setmetatable(proxy, {__index = real, __newindex = real})
proxy.x = 1
proxy.y = 2
print(rawget(proxy, "x"), real.x, proxy.y, next(proxy))
local deny = setmetatable({}, {__newindex = function() end})
deny[1] = 1
deny.x = 2
print(next(deny), #deny)
local f = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, type(k)) end})
f[1.0] = 0
f[2.5] = 0
print(f[1], f[2.5])
