-- dialects: 5.1 5.2 5.3 5.4 5.5
-- upvalues outlive their frames, are shared between closures, and are closed at block exit
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
local function make()
  local fns = {}
  local v = "start"
  fns.read = function() return v end
  do
    local v = "inner"
    fns.inner = function() return v end
    fns.setinner = function(x) v = x end
  end
  fns.write = function(x) v = x end
  return fns
end
local f = make()
f.write("changed")
f.setinner("inner2")
print(f.read(), f.inner())
local function rec(n)
  if n == 0 then return function() return "base" end end
  local inner = rec(n - 1)
  return function() return n .. "<" .. inner() end
end
print(rec(5)())
local function fib()
  local a, b = 0, 1
  return function() a, b = b, a + b return a end
end
local g = fib()
local seq = {}
for i = 1, 15 do seq[i] = g() end
print(table.concat(seq, ","))
local self_ref
self_ref = function(n) if n <= 1 then return 1 end return n * self_ref(n - 1) end
print(self_ref(10))
local function localrec(n) if n <= 1 then return 1 end return n + localrec(n - 1) end
print(localrec(100))
local notrec = function(n) return n end
local notrec = function(n) if n == 0 then return "done" end return notrec(n - 1) end
print(notrec(3))
local t = {}
for i = 1, 3 do
  local a = i
  local function get_a() return a end
  local function set_a(v) a = v end
  t[i] = { get_a, set_a }
end
t[2][2]("two")
print(t[1][1](), t[2][1](), t[3][1]())
local function deep(x)
  return function(y)
    return function(z)
      return function() return x + y + z end
    end
  end
end
print(deep(1)(2)(3)())
