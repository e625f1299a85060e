-- dialects: 5.1 5.2 5.3 5.4 5.5
-- values through resume/yield in both directions, counts with nils, resuming dead or running coroutines
local co = coroutine.create(function(...)
  print("start", select("#", ...), ...)
  local a, b, c = coroutine.yield()
  print("got", a, b, c)
  print("got2", select("#", coroutine.yield(1, nil, 3, nil)))
  local r = { coroutine.yield() }
  print("got3", #r)
  return nil, nil
end)
print(coroutine.resume(co, "x", nil))
print(coroutine.resume(co, 1, 2, 3, 4))
print(select("#", coroutine.resume(co, "p", "q")))
print(coroutine.resume(co))
print(select("#", coroutine.resume(co, "a", "b")))
print(coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.resume(co, 1))
local ping = coroutine.wrap(function(n)
  while true do n = coroutine.yield(n * 2) end
end)
local vals = {}
local v = 1
for i = 1, 8 do v = ping(v) vals[i] = v end
print(table.concat(vals, " "))
local producer = coroutine.create(function()
  for i = 1, 3 do coroutine.yield("item" .. i) end
  return "end"
end)
while true do
  local ok, item = coroutine.resume(producer)
  io.write(tostring(ok), ":", tostring(item), " ")
  if coroutine.status(producer) == "dead" then break end
end
print()
local function gen(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local s = 0
for i in gen(100) do s = s + i end
print(s)
local deep = coroutine.wrap(function()
  local function rec(d) if d == 0 then coroutine.yield("bottom") return 0 end return 1 + rec(d - 1) end
  return rec(100)
end)
print(deep(), deep())
local many = coroutine.wrap(function(...) coroutine.yield(select("#", ...)) return ... end)
local args = {}
for i = 1, 200 do args[i] = i end
print(many((table.unpack or unpack)(args)))
print(select("#", many()))
