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
