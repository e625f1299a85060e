-- dialects: 5.1 5.2 5.3 5.4 5.5
-- generators built on coroutines: failures mid-iteration, tracebacks of the coroutine, re-entrancy
local function gen(n, failat)
  return coroutine.wrap(function()
    for i = 1, n do
      if i == failat then error("failed at " .. i) end
      coroutine.yield(i)
    end
  end)
end
local got = {}
local ok, e = pcall(function() for v in gen(5, 3) do got[#got + 1] = v end end)
print(table.concat(got, ","), ok, e)
got = {}
for v in gen(4) do got[#got + 1] = v end
print(table.concat(got, ","))
local co = coroutine.create(function()
  local function inner() error("inner problem") end
  inner()
end)
local r1, r2 = coroutine.resume(co)
print(r1, r2)
local tb = debug.traceback(co)
print((tb:gsub("\t", "  ")))
local perms = {}
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
for p in coroutine.wrap(function() permgen({ "a", "b", "c" }) end) do perms[#perms + 1] = table.concat(p) end
print(#perms, table.concat(perms, " "))
local outer = coroutine.wrap(function()
  local inner = coroutine.wrap(function() coroutine.yield("inner1") coroutine.yield("inner2") end)
  coroutine.yield(inner())
  coroutine.yield("outer")
  coroutine.yield(inner())
end)
print(outer(), outer(), outer())
local status = {}
local c2
c2 = coroutine.create(function()
  status[#status + 1] = coroutine.status(c2)
  coroutine.yield()
end)
status[#status + 1] = coroutine.status(c2)
coroutine.resume(c2)
status[#status + 1] = coroutine.status(c2)
coroutine.resume(c2)
status[#status + 1] = coroutine.status(c2)
print(table.concat(status, " "))
