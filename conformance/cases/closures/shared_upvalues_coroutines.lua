-- dialects: 5.1 5.2 5.3 5.4 5.5
-- upvalues shared between closures and coroutines; closing upvalues when frames exit
local function make()
  local state = 0
  local co = coroutine.wrap(function()
    while true do state = state + 1 coroutine.yield(state) end
  end)
  local function peek() return state end
  local function poke(v) state = v end
  return co, peek, poke
end
local step, peek, poke = make()
print(step(), step(), peek())
poke(100)
print(step(), peek())
local fns = {}
local function defineInLoop()
  for i = 1, 3 do
    local captured = i
    fns[i] = function(delta) captured = captured + (delta or 0) return captured end
  end
end
defineInLoop()
print(fns[1](10), fns[1](), fns[2](), fns[3](1))
local function counterPair()
  local n = 0
  return function() n = n + 1 return n end, function() n = n - 1 return n end
end
local inc, dec = counterPair()
local inc2 = counterPair()
print(inc(), inc(), dec(), inc2(), inc())
local function deep()
  local a = 1
  return function()
    local b = 2
    return function()
      local c = 3
      return function() a = a + 1 b = b + 1 c = c + 1 return a + b + c end
    end
  end
end
local f = deep()()()
print(f(), f())
local list = {}
do
  local x = "first"
  list[1] = function() return x end
  x = "second"
  list[2] = function() return x end
end
print(list[1](), list[2]())
local co = coroutine.create(function()
  local local_in_co = "co local"
  local getter = function() return local_in_co end
  coroutine.yield(getter)
  local_in_co = "changed in co"
  coroutine.yield()
end)
local _, getter = coroutine.resume(co)
print(getter())
coroutine.resume(co)
print(getter())
coroutine.resume(co)
print(coroutine.status(co), getter())
