-- dialects: 5.1 5.2 5.3 5.4 5.5
-- coroutine.wrap: values, errors propagating with position, dead wrap calls
local gen = coroutine.wrap(function(a)
  local b = coroutine.yield(a * 2)
  local c = coroutine.yield(b + 1)
  return "end", c
end)
print(gen(5))
print(gen(10))
print(gen("x"))
print(pcall(gen))
local failing = coroutine.wrap(function() error("inside wrap") end)
print(pcall(failing))
local failing2 = coroutine.wrap(function() local x = nil return x.y end)
print(pcall(failing2))
local failing3 = coroutine.wrap(function() error({code = 42}) end)
local ok, e = pcall(failing3)
print(ok, type(e), type(e) == "table" and e.code)
local failing4 = coroutine.wrap(function() error("no position", 0) end)
print(pcall(failing4))
local failing5 = coroutine.wrap(function() coroutine.yield(1) error("after yield") end)
print(failing5())
print(pcall(failing5))
print(pcall(failing5))
print(pcall(coroutine.wrap, nil))
local fib = coroutine.wrap(function()
  local a, b = 0, 1
  while true do coroutine.yield(a) a, b = b, a + b end
end)
local fibs = {}
for i = 1, 15 do fibs[i] = fib() end
print(table.concat(fibs, " "))
local function permgen(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a) else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local function permutations(a) return coroutine.wrap(function() permgen(a) end) end
local ps = {}
for p in permutations({"a", "b", "c"}) do ps[#ps + 1] = table.concat(p) end
print(#ps, table.concat(ps, " "))
local w = coroutine.wrap(function(...) return select("#", ...), ... end)
print(w(nil, nil))
print(pcall(function() return type(coroutine.wrap(print)) end))
local nestedErr = coroutine.wrap(function()
  local inner = coroutine.wrap(function() error("deep error") end)
  inner()
end)
print(pcall(nestedErr))
