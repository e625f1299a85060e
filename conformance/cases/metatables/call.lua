-- dialects: 5.1 5.2 5.3 5.4 5.5
-- __call with extra arguments, chains, and non-callable values
local callable = setmetatable({name = "C"}, {__call = function(self, a, b, ...)
  return self.name, a, b, select("#", ...)
end})
print(callable(1, 2, 3, 4))
print(callable())
print(pcall(callable, "x"))
local inner = setmetatable({}, {__call = function(self, x) return "inner:" .. type(x) end})
local outer = setmetatable({}, {__call = inner})
print(pcall(outer, 5))
local t = {f = callable}
print(t.f("m"))
local r1, r2, r3 = t:f("method")
print(r1, r2 == t, r3)
print(pcall(function() local x = {} return x() end))
print(pcall(function() local x = setmetatable({}, {}) return x() end))
print(pcall(function() local x = setmetatable({}, {__call = 5}) return x() end))
print(pcall(function() return ("str")() end))
print(pcall(function() return (5)() end))
print(pcall(function() local t = {} t.method() end))
print(pcall(function() local t = {} t:method() end))
print(pcall(function() undefinedfn() end))
local up
print(pcall(function() up() end))
local counter = setmetatable({n = 0}, {__call = function(self) self.n = self.n + 1 return self.n end})
counter() counter() counter()
print(counter.n)
local mt = {__call = function(self, ...) return select("#", ...), ... end}
local v = setmetatable({}, mt)
print(v(nil, nil))
print(v())
local results = {pcall(v, 1, 2, 3)}
print(#results, results[1], results[2], results[5])
local memo = setmetatable({}, {__call = function(self, n)
  if n < 2 then return n end
  local c = rawget(self, n)
  if c then return c end
  c = self(n - 1) + self(n - 2)
  rawset(self, n, c)
  return c
end})
print(memo(30), memo(50))
for _, x in ipairs({callable}) do print(type(x), (x(1))) end
print(pcall(setmetatable({}, {__call = function(_, a) error("in call: " .. a) end}), "boom"))
local co = coroutine.wrap(function(...) return ... end)
print(co(setmetatable({}, {__call = print}) ~= nil))
print(type(setmetatable({}, {__call = print})))
