-- dialects: 5.1 5.2 5.3 5.4 5.5
-- memoization with weak-valued caches: entries vanish when unreferenced, survive when referenced
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local cache = setmetatable({}, {__mode = "v"})
local created = 0
local function getObj(id)
  local o = cache[id]
  if not o then created = created + 1 o = {id = id} cache[id] = o end
  return o
end
local held = {}
for i = 1, 20 do local o = getObj(i) if i % 4 == 0 then held[#held + 1] = o end end
print(created, count(cache))
collectgarbage()
collectgarbage()
print(count(cache))
for i = 1, 20 do getObj(i) end
print(created)
local keyed = setmetatable({}, {__mode = "k"})
local objs = {}
for i = 1, 10 do local k = {} keyed[k] = i if i <= 3 then objs[i] = k end end
collectgarbage()
print(count(keyed))
objs = nil
collectgarbage()
print(count(keyed))
local strs = setmetatable({}, {__mode = "v"})
for i = 1, 5 do strs[i] = "str" .. i end
collectgarbage()
print(count(strs))
