-- dialects: 5.1 5.2 5.3 5.4 5.5
-- collecting garbage while traversing a weak table and while building strings
local weak = setmetatable({}, {__mode = "k"})
local strong = {}
for i = 1, 100 do
  local k = {i = i}
  weak[k] = i
  if i % 10 == 0 then strong[#strong + 1] = k end
end
collectgarbage()
local n, sum = 0, 0
for k, v in pairs(weak) do
  n = n + 1
  sum = sum + v
  collectgarbage("step")
end
print(n, sum)
local s = ""
for i = 1, 200 do s = s .. i if i % 50 == 0 then collectgarbage() end end
print(#s)
local t = {}
for i = 1, 1000 do t[i] = tostring(i) end
collectgarbage()
print(#t, t[1000])
local co = coroutine.wrap(function() for i = 1, 3 do collectgarbage() coroutine.yield(i) end end)
print(co(), co(), co())
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local wv = setmetatable({}, {__mode = "v"})
local keep = {}
for i = 1, 30 do local o = {i} wv[i] = o if i % 5 == 0 then keep[#keep + 1] = o end end
local steps = 0
while collectgarbage("step", 1) == false and steps < 100000 do steps = steps + 1 end
collectgarbage()
print(count(wv), #keep, steps >= 0)
local s = {}
for i = 1, 100 do s[i] = setmetatable({}, {__mode = "k"}) s[i][{}] = i end
collectgarbage()
local remaining = 0
for i = 1, 100 do remaining = remaining + count(s[i]) end
print(remaining)
local chain = nil
for i = 1, 1000 do chain = {next = chain} end
chain = nil
print(collectgarbage() == 0)
local co2 = coroutine.create(function() local big = {} for i = 1, 1000 do big[i] = {} end coroutine.yield(#big) collectgarbage() return #big end)
print(coroutine.resume(co2))
collectgarbage()
print(coroutine.resume(co2))
