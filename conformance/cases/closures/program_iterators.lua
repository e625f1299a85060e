-- dialects: 5.1 5.2 5.3 5.4 5.5
-- lazy iterator combinators built from closures: map, filter, take, zip, chain, reduce
local function iter(t) local i = 0 return function() i = i + 1 return t[i] end end
local function range(a, b) local i = a - 1 return function() i = i + 1 if i <= b then return i end end end
local function map(f, it) return function() local v = it() if v ~= nil then return f(v) end end end
local function filter(p, it) return function() local v repeat v = it() until v == nil or p(v) return v end end
local function take(n, it) local c = 0 return function() c = c + 1 if c <= n then return it() end end end
local function chain(...)
  local its, idx = {...}, 1
  return function()
    while its[idx] do
      local v = its[idx]()
      if v ~= nil then return v end
      idx = idx + 1
    end
  end
end
local function zip(a, b) return function() local x, y = a(), b() if x ~= nil and y ~= nil then return {x, y} end end end
local function collect(it) local t = {} for v in it do t[#t + 1] = v end return t end
local function reduce(f, acc, it) for v in it do acc = f(acc, v) end return acc end
print(table.concat(collect(map(function(x) return x * x end, range(1, 5))), " "))
print(table.concat(collect(filter(function(x) return x % 3 == 0 end, range(1, 20))), " "))
print(table.concat(collect(take(3, range(10, 100))), " "))
print(table.concat(collect(chain(range(1, 2), iter({"a", "b"}), range(8, 9))), " "))
local pairsList = collect(zip(range(1, 3), iter({"x", "y", "z", "w"})))
for _, p in ipairs(pairsList) do io.write(p[1], p[2], " ") end print()
print(reduce(function(a, b) return a + b end, 0, range(1, 100)))
print(reduce(function(a, b) return a .. b end, "", map(string.upper, iter({"l", "u", "a"}))))
local fibs = (function() local a, b = 0, 1 return function() a, b = b, a + b return a end end)()
print(table.concat(collect(take(12, fibs)), ","))
local evens = filter(function(x) return x % 2 == 0 end, (function() local n = 0 return function() n = n + 1 return n end end)())
print(table.concat(collect(take(5, evens)), ","))
