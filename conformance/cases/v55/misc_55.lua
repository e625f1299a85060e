-- dialects: 5.5
-- more 5.5: coroutine.close() of the running coroutine, __call chains, vararg table via getlocal
local co = coroutine.create(function()
  local x <close> = setmetatable({}, {__close = function() print("closed on self-close") end})
  coroutine.close()
  print("not reached")
end)
print(coroutine.resume(co))
print(coroutine.status(co))
local function chain(n)
  local obj = function(...) return select("#", ...) end
  for i = 1, n do obj = setmetatable({}, {__call = obj}) end
  return obj
end
print(pcall(chain(1)))
print(pcall(chain(5)))
print(pcall(chain(14)))
print(pcall(chain(20)))
local function named(...t) return t.n, debug.getlocal(1, 1) end
print(named(1, 2))
local ok, e = pcall(function(...) return select(1, load(...)) end, "local function f(...t) local t = 1 return t end return f(5)")
print(ok, type(e))
print(load("return function(... t) return t end") ~= nil)
print(math.ldexp(1, 10), math.frexp(1024))
print(string.format("%.14g", 2^63), 2^63, -0.0, 100.0, 1e300)
print(table.unpack(table.create(3)))
