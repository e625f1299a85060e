-- dialects: 5.1 5.2 5.3 5.4 5.5
-- ... cannot be used in nested functions directly; capturing varargs via tables and select
local load = loadstring or load
print(load("function f(...) return function() return ... end end") == nil)
print(select(2, load("function f(...) return function() return ... end end", "=v")))
print(load("function f() return ... end") == nil)
local function capture(...)
  local n, t = select("#", ...), {...}
  return function() return (table.unpack or unpack)(t, 1, n) end
end
local c = capture(1, nil, 3, nil)
print(c())
print(select("#", c()))
local function bind(f, ...)
  local n, bound = select("#", ...), {...}
  return function(...)
    local args = {}
    for i = 1, n do args[i] = bound[i] end
    local m = select("#", ...)
    for i = 1, m do args[n + i] = select(i, ...) end
    return f((table.unpack or unpack)(args, 1, n + m))
  end
end
local add3 = bind(function(a, b, c) return a + b + c end, 1, 2)
print(add3(3), add3(10))
local fmt = bind(string.format, "%s-%s-%s")
print(fmt("a", "b", "c"))
local function count(...) return select("#", ...) end
local counter = bind(count, nil, nil)
print(counter(), counter(nil))
print(load("return ...", "=main")(7, 8))
print(load("local a, b = ... return b, a", "=main")(1, 2))
