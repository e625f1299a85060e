-- dialects: 5.1 5.2 5.3 5.4 5.5
-- upvalue sharing between closures, fresh locals per iteration, nested closures
local function counter()
  local n = 0
  return function() n = n + 1 return n end, function() return n end, function(v) n = v end
end
local inc, get, set = counter()
inc() inc()
print(get())
set(10)
print(inc(), get())
local inc2, get2 = counter()
print(inc2(), get(), get2())
local fns = {}
for i = 1, 3 do fns[i] = function() return i end end
print(fns[1](), fns[2](), fns[3]())
local wfns = {}
local j = 1
while j <= 3 do
  local k = j
  wfns[j] = function() return k end
  j = j + 1
end
print(wfns[1](), wfns[2](), wfns[3]())
local shared = {}
local x = 0
for i = 1, 3 do shared[i] = function() x = x + i return x end end
print(shared[1](), shared[2](), shared[3](), x)
local rfns = {}
local r = 0
repeat
  local captured = r
  rfns[#rfns + 1] = function() return captured end
  r = r + 1
until captured >= 2
print(#rfns, rfns[1](), rfns[3]())
local function outer()
  local a = 1
  local function mid()
    local b = 2
    local function inner()
      a = a + 1
      b = b + 1
      return a + b
    end
    return inner
  end
  return mid(), function() return a end
end
local inner, geta = outer()
print(inner(), inner(), geta())
local nested = {}
for i = 1, 2 do
  for j2 = 1, 2 do
    nested[#nested + 1] = function() return i * 10 + j2 end
  end
end
local vals = {}
for _, f in ipairs(nested) do vals[#vals + 1] = f() end
print(table.concat(vals, " "))
local gfns = {}
for k, v in pairs({a = 1}) do gfns[1] = function() return k, v end end
print(gfns[1]())
local function mkAdders()
  local t = {}
  for i = 1, 3 do
    local base = i * 100
    t[i] = function(y) base = base + y return base end
  end
  return t
end
local adders = mkAdders()
print(adders[1](1), adders[1](1), adders[2](1), adders[3](0))
-- assigning to the loop variable inside a closure: a compile error in 5.5
local chunk, cerr = (loadstring or load)([[
local loopvar = {}
for i = 1, 3 do
  loopvar[i] = function() i = i + 10 return i end
end
return loopvar[1](), loopvar[1](), loopvar[2]()
]], "=loopvar")
if chunk then print(chunk()) else print("compile error:", cerr) end
local a1 = 1
local function f1() return a1 end
a1 = 2
print(f1())
do
  local hidden = "h"
  function global_getter() return hidden end
end
print(global_getter())
global_getter = nil
local function makeN(n) if n == 0 then return {} end local t = makeN(n - 1) t[#t + 1] = function() return n end return t end
local ns = makeN(4)
print(ns[1](), ns[4]())
