-- dialects: 5.1 5.2 5.3 5.4 5.5
-- weak keys, weak values, both; strings/numbers/booleans are never removed
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local anchor = {}
local wk = setmetatable({}, {__mode = "k"})
local wv = setmetatable({}, {__mode = "v"})
local wkv = setmetatable({}, {__mode = "kv"})
for i = 1, 10 do
  local obj = {}
  wk[obj] = i
  wv[i] = obj
  wkv[obj] = obj
end
wk[anchor] = "kept"
wv.anchor = anchor
wkv[anchor] = "kept"
wk.str = {}
wv.str = "string value"
wv.num = 3
wv.bool = true
wkv[1] = 2
print(count(wk), count(wv), count(wkv))
collectgarbage()
collectgarbage()
print(count(wk), count(wv), count(wkv))
print(wk[anchor], wv.anchor == anchor, wkv[anchor], wv.str, wv.num, wv.bool, wkv[1], type(wk.str))
local cache = setmetatable({}, {__mode = "v"})
local function get(k)
  local v = cache[k]
  if not v then v = {key = k} cache[k] = v end
  return v
end
local a = get("a")
local b = get("b")
b = nil
collectgarbage()
print(cache.a == a, cache.b)
local fnWeak = setmetatable({}, {__mode = "k"})
fnWeak[function() end] = 1
local keptFn = function() end
fnWeak[keptFn] = 2
collectgarbage()
print(count(fnWeak), fnWeak[keptFn])
local modeLater = {}
modeLater[{}] = 1
setmetatable(modeLater, {__mode = "k"})
collectgarbage()
print(count(modeLater))
local co = coroutine.create(function() end)
local weakCo = setmetatable({co, coroutine.create(function() end)}, {__mode = "v"})
collectgarbage()
print(weakCo[1] == co, weakCo[2])
local strKeys = setmetatable({}, {__mode = "k"})
strKeys["s" .. 1] = {}
collectgarbage()
print(count(strKeys))
