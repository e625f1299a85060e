-- dialects: 5.5
-- global<const>, global function inside blocks, and collective declarations scoping
do
  global<const> print, string, type, load
  print(type(string.format))
  local ok, err = load("global<const> x; x = 1", "=c")
  print(ok, err)
end
do
  global *
  undeclared_ok = "fine"
end
print(undeclared_ok)
local chunk = [[
global print
global<const> *
print(type(table), type(math))
local ok = pcall(load("global<const> *; table = nil"))
print(ok)
]]
load(chunk, "=collective")()
local src2 = "global x <const> = 10 return x"
print(load(src2, "=initconst") and pcall(load(src2, "=initconst")))
print(load("global a, b; a, b = 1, 2; return a + b", "=multi") and load("global a, b; a, b = 1, 2; return a + b", "=multi")())
print(a, b)
a, b = nil, nil
print(pcall(load("global function gf() return 1 end global function gf() return 2 end", "=dup")))
print(load("do global function f2() end end return f2 ~= nil", "=blk")())
