-- dialects: 5.1 5.2 5.3 5.4 5.5
-- '...' in the main chunk, nested functions, table.pack, and compile errors for misuse
local loadstr = loadstring or load
local function compile(src)
  local f, e = loadstr(src)
  print(f and "ok" or ("error: " .. e))
  return f
end
compile("return ...")
compile("local function f() return ... end")
compile("local function f(...) return function() return ... end end")
compile("function g(a, ...) local t = {...} end")
compile("local f = function(..., a) end")
compile("local f = function(a, ..., b) end")
compile("return function(...) local x = ... return x end")
local f = loadstr("return select('#', ...), ...")
print(f(1, nil, 3))
print(f())
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...) or 0) end
  return s
end
print(sum(), sum(1), sum(1, 2, 3), sum(1, nil, 3))
local function pass(...) return ... end
print(pass(1, nil, nil))
print(select("#", pass(1, nil, nil)))
local function wrap(...)
  local args = { n = select("#", ...), ... }
  return function() return (table.unpack or unpack)(args, 1, args.n) end
end
print(select("#", wrap(nil, nil, nil)()))
print(wrap("x", "y")())
local pack = table.pack
if pack then
  local p = pack(1, nil)
  print("pack", p.n, p[1], p[2])
else
  print("no table.pack")
end
print(type(arg), (arg and arg[0]) or "-")
local function outer(...)
  local n = select("#", ...)
  local function inner(...) return n, select("#", ...) end
  return inner(..., "extra")
end
print(outer(1, 2))
local function getarg(...) return arg end
print(type(getarg(1, 2)))
