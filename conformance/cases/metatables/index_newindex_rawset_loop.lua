-- dialects: 5.1 5.2 5.3 5.4 5.5
-- default values, tracking accesses, and counting table via __index/__newindex with rawset
local function withDefault(d) return setmetatable({}, {__index = function() return d end}) end
local t = withDefault(0)
t.a = t.a + 1
t.a = t.a + 1
t.b = t.b - 1
print(t.a, t.b, t.c, rawget(t, "c"))
local function tracked(inner)
  local log = {}
  local proxy = setmetatable({}, {
    __index = function(_, k) log[#log + 1] = "r:" .. tostring(k) return inner[k] end,
    __newindex = function(_, k, v) log[#log + 1] = "w:" .. tostring(k) inner[k] = v end,
  })
  return proxy, log
end
local p, log = tracked({x = 1})
p.y = p.x + 1
p.x = p.y * 2
local _ = p.z
print(table.concat(log, " "), p.x, p.y)
local counting = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v) rawset(t, "_n", (rawget(t, "_n") or 0) + 1) end})
counting.a = 1 counting.b = 2 counting.a = 3
print(counting._n, counting.a)
local memo = setmetatable({}, {__mode = "k", __index = function(t, k) local v = #k rawset(t, k, v) return v end})
print(memo["hello"], memo["hi"], rawget(memo, "hello"))
local seq = setmetatable({}, {__index = function(t, i) if type(i) == "number" and i > 0 then local v = i * i rawset(t, i, v) return v end end})
print(seq[3], seq[10], seq[-1], seq.x, rawget(seq, 3))
local level = 0
local deepIdx = setmetatable({}, {__index = function(t, k)
  level = level + 1
  if level < 5 then return t[k] end
  return "depth " .. level
end})
print(deepIdx.anything, level)
local storeLog = {}
local store = setmetatable({}, {__newindex = function(t, k, v)
  storeLog[#storeLog + 1] = tostring(k)
  if type(v) == "number" and v < 0 then error("negative value for " .. tostring(k), 2) end
  rawset(t, k, v)
end})
store.a = 1
store.a = 2
print(pcall(function() store.b = -1 end))
store.c = 3
print(table.concat(storeLog, ","), store.a, store.b, store.c)
local defaults = {color = "red", size = 10}
local obj = setmetatable({size = 20}, {__index = defaults})
print(obj.color, obj.size, rawget(obj, "color"))
defaults.color = "blue"
print(obj.color)
obj.color = nil
print(obj.color)
local counter = setmetatable({}, {__index = function(t, k) return 0 end})
for _, w in ipairs({"a", "b", "a", "c", "a"}) do counter[w] = counter[w] + 1 end
print(counter.a, counter.b, counter.c, counter.d)
