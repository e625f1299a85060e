-- dialects: 5.4 5.5
-- coroutine.close: suspended coroutines with pending to-be-closed variables, dead ones, errors
local log = {}
local function closer(name) return setmetatable({}, { __close = function(_, err) log[#log + 1] = name .. ":" .. tostring(err) end }) end
local co = coroutine.create(function()
  local a <close> = closer("a")
  local b <close> = closer("b")
  coroutine.yield(1)
  log[#log + 1] = "never"
end)
print(coroutine.resume(co))
print(coroutine.close(co), coroutine.status(co))
print(table.concat(log, " "))
log = {}
print(coroutine.close(coroutine.create(print)))
local dead = coroutine.create(function() error("oops") end)
print(coroutine.resume(dead))
print(coroutine.close(dead))
local dead2 = coroutine.create(function() error({ tbl = true }) end)
coroutine.resume(dead2)
local ok, e = coroutine.close(dead2)
print(ok, type(e), e and e.tbl)
local errclose = coroutine.create(function()
  local x <close> = setmetatable({}, { __close = function() error("close failed") end })
  coroutine.yield()
end)
coroutine.resume(errclose)
print(coroutine.close(errclose))
print(coroutine.status(errclose), coroutine.close(errclose))
local running
running = coroutine.create(function() return pcall(coroutine.close, running) end)
print(coroutine.resume(running))
print(pcall(coroutine.close, coroutine.running()))
local normal
local outer = coroutine.create(function()
  local inner = coroutine.create(function() return pcall(coroutine.close, normal) end)
  return coroutine.resume(inner)
end)
normal = outer
print(coroutine.resume(outer))
print(pcall(coroutine.close, 42))
local w = coroutine.wrap(function()
  local c <close> = closer("w")
  coroutine.yield()
  error("wrapped")
end)
w()
local okw, ew = pcall(w)
print(okw, ew, table.concat(log, " "))
