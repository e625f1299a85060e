-- dialects: 5.5
-- global declarations: explicit lists, collective global *, <const>, initialization errors
X = 1
do
  global Y, print
  Y = 2
  print(Y)
end
print(X, Y)
print(load("global Y; return X", "=undeclared"))
local ok, err = load("global a; b = 1", "=decl")
print(ok, err)
ok, err = load("global a; return b", "=decl")
print(ok, err)
ok, err = load("global print; global<const> K; K = 1", "=decl")
print(ok, err)
ok, err = load("global<const> *; x = 1", "=decl")
print(ok, err)
local f = load("global<const> *; return type(print)", "=decl")
print(f())
local g = load("global *; newG = 'set'; return newG", "=decl")
print(g(), newG)
do
  global function gfun() return "global function" end
end
print(gfun(), type(_G.gfun))
print(pcall(load("global gfun = 5", "=init")))
print(pcall(load("global fresh_one = 5 return fresh_one", "=init")))
print(fresh_one)
print(pcall(load("global fresh_one = 6", "=init")))
local h = load("local print = print; global none; print('locals still visible')", "=l")
h()
ok, err = load("global none; print('x')", "=nf")
print(ok, err)
do
  local x = "local x"
  global x, print
  print(x)
end
local e = load("global a, b = 1, 2, 3 return a, b", "=multi")
print(pcall(e))
print(load("local global = 1 return global", "=kw") ~= nil, select(2, load("local global = 1 return global", "=kw")))
print(load("global <const> Z = 1 return Z", "=kw2") ~= nil)
