-- dialects: 5.1 5.2 5.3 5.4 5.5
-- producer/consumer, filters, and many live coroutines
local function producer(items)
  return coroutine.create(function() for _, v in ipairs(items) do coroutine.yield(v) end return nil end)
end
local function filter(prod, pred)
  return coroutine.create(function()
    while true do
      local ok, v = coroutine.resume(prod)
      if v == nil then return nil end
      if pred(v) then coroutine.yield(v) end
    end
  end)
end
local p = filter(producer({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}), function(x) return x % 3 ~= 0 end)
local out = {}
while true do
  local ok, v = coroutine.resume(p)
  if v == nil then break end
  out[#out + 1] = v
end
print(table.concat(out, " "))
local cos = {}
for i = 1, 100 do
  cos[i] = coroutine.create(function(a) local b = coroutine.yield(a + i) return b * i end)
end
local s1, s2 = 0, 0
for i = 1, 100 do local _, v = coroutine.resume(cos[i], 1) s1 = s1 + v end
for i = 1, 100 do local _, v = coroutine.resume(cos[i], 2) s2 = s2 + v end
print(s1, s2, coroutine.status(cos[1]), coroutine.status(cos[100]))
local function tree_iter(t)
  return coroutine.wrap(function()
    local function walk(n) if type(n) == "table" then for _, c in ipairs(n) do walk(c) end else coroutine.yield(n) end end
    walk(t)
  end)
end
out = {}
for leaf in tree_iter({1, {2, {3, 4}, 5}, {{6}}, 7}) do out[#out + 1] = leaf end
print(table.concat(out, ","))
local pingpong = {}
local ping, pong
ping = coroutine.create(function() for i = 1, 3 do pingpong[#pingpong + 1] = "ping" .. i coroutine.yield() end end)
pong = coroutine.create(function() for i = 1, 3 do pingpong[#pingpong + 1] = "pong" .. i coroutine.yield() end end)
for i = 1, 3 do coroutine.resume(ping) coroutine.resume(pong) end
print(table.concat(pingpong, " "))
local acc = coroutine.wrap(function()
  local total = 0
  while true do
    local v = coroutine.yield(total)
    total = total + v
  end
end)
acc()
for i = 1, 10 do acc(i) end
print(acc(0))
local deepYield = coroutine.create(function()
  local function rec(n) if n == 0 then return coroutine.yield("bottom") end return rec(n - 1) end
  return rec(100)
end)
print(coroutine.resume(deepYield))
print(coroutine.resume(deepYield, "unwound"))
local count = 0
local spinner = coroutine.wrap(function() while true do count = count + 1 coroutine.yield() end end)
for i = 1, 1000 do spinner() end
print(count)
