-- dialects: 5.1 5.2 5.3 5.4 5.5
-- function values: identity, equality, use as table keys, string.dump where available
local function mk() return function() end end
local f1, f2 = mk(), mk()
print(f1 == f1, type(f1) == type(f2))
local t = {}
t[f1] = "one"
t[f2] = "two"
local n = 0
for k in pairs(t) do n = n + 1 end
print(n >= 1, t[f1] ~= nil)
local function adder(x) return function(y) return x + y end end
local add5, add10 = adder(5), adder(10)
print(add5(1), add10(1), add5 ~= add10)
local memo = {}
local function memoize(fn)
  return function(x)
    if memo[x] == nil then memo[x] = fn(x) end
    return memo[x]
  end
end
local calls = 0
local sq = memoize(function(x) calls = calls + 1 return x * x end)
print(sq(4), sq(4), sq(5), calls)
local compose = function(f, g) return function(...) return f(g(...)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
local ok, dumped = pcall(string.dump, adder)
print(ok, type(dumped))
if ok then
  local loaded = (loadstring or load)(dumped)
  local ok2, res = pcall(function() return loaded(3)(4) end)
  print(ok2, ok2 and res or "upvalue not set")
end
print(pcall(string.dump, print))
local rec
rec = function(n) if n == 0 then return "bottom" end return rec(n - 1) end
print(rec(10))
local fix = function(f) return function(...) return f(f, ...) end end
local fact = fix(function(self, n) if n <= 1 then return 1 end return n * self(self, n - 1) end)
print(fact(10))
