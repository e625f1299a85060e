-- dialects: 5.1 5.2 5.3 5.4 5.5
-- every kind of value passes through resume/yield unchanged; nil holes and counts preserved
local co = coroutine.create(function(...)
  local args = {...}
  local n = select("#", ...)
  while true do
    local got = {coroutine.yield(n, ...)}
    n = #got
  end
end)
local t, f = {}, function() end
local ok, n, a, b, c, d, e = coroutine.resume(co, nil, false, t, f, "s")
print(ok, n, a, b, rawequal(c, t), rawequal(d, f), e)
print(select("#", coroutine.resume(co, 1)), (select(2, coroutine.resume(co, 1, 2))))
print(select("#", coroutine.resume(co, nil, nil)))
local echo = coroutine.wrap(function(...)
  local vals = {...}
  while true do vals = {coroutine.yield(select("#", (table.unpack or unpack)(vals)))} end
end)
print(echo(1, 2, 3))
print(echo())
print(echo(nil))
local big = {}
for i = 1, 200 do big[i] = i end
local sumco = coroutine.wrap(function(...) local s = 0 for i = 1, select("#", ...) do s = s + select(i, ...) end return s end)
print(sumco((table.unpack or unpack)(big)))
local passthrough = coroutine.wrap(function(...) return ... end)
local pt2 = coroutine.wrap(function(...) return ... end)
print(select("#", passthrough(1, nil, 3, nil)), pt2(nil, 2))
