-- dialects: 5.1 5.2 5.3 5.4 5.5
-- create/resume/yield/status, values passed both ways
local co = coroutine.create(function(a, b)
  print("start", a, b)
  local c, d = coroutine.yield(a + b)
  print("got", c, d)
  local e = coroutine.yield(c * d)
  print("got", e)
  return "done", e
end)
print(type(co), coroutine.status(co))
print(coroutine.resume(co, 1, 2))
print(coroutine.status(co))
print(coroutine.resume(co, 3, 4))
print(coroutine.resume(co, "last"))
print(coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.resume(co, 1))
local gen = coroutine.create(function() for i = 1, 3 do coroutine.yield(i) end end)
local vals = {}
while true do
  local ok, v = coroutine.resume(gen)
  if not ok or v == nil then break end
  vals[#vals + 1] = v
end
print(table.concat(vals, ","), coroutine.status(gen))
local multi = coroutine.create(function(...)
  local args = {...}
  local r = {coroutine.yield(select("#", ...), ...)}
  return #r, unpack and unpack(r) or table.unpack(r)
end)
print(coroutine.resume(multi, "x", nil, "z"))
print(coroutine.resume(multi, 1, 2, 3, 4))
local empty = coroutine.create(function() end)
print(coroutine.resume(empty))
print(coroutine.resume(empty))
local yieldNothing = coroutine.create(function() coroutine.yield() return end)
print(select("#", coroutine.resume(yieldNothing)))
print(select("#", coroutine.resume(yieldNothing)))
print(pcall(coroutine.create, 5))
print(pcall(coroutine.create))
print(pcall(coroutine.resume, 5))
print(pcall(coroutine.status, {}))
local nestedOuter = coroutine.create(function()
  local inner = coroutine.create(function() coroutine.yield("inner yield") return "inner done" end)
  print("outer sees", coroutine.resume(inner))
  coroutine.yield("outer yield")
  print("outer sees", coroutine.resume(inner))
  print("inner status", coroutine.status(inner))
  return "outer done"
end)
print(coroutine.resume(nestedOuter))
print(coroutine.resume(nestedOuter))
local statusInside
local selfco
selfco = coroutine.create(function() statusInside = coroutine.status(selfco) end)
coroutine.resume(selfco)
print(statusInside)
local normalCheck
local outer2
outer2 = coroutine.create(function()
  local inner = coroutine.create(function() normalCheck = coroutine.status(outer2) end)
  coroutine.resume(inner)
end)
coroutine.resume(outer2)
print(normalCheck)
