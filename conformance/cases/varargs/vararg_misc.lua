-- dialects: 5.1 5.2 5.3 5.4 5.5
-- varargs with table.pack/unpack where present, nils, and the 5.1 'arg' table
local pack = table.pack or function(...) return {n = select("#", ...), ...} end
local unpack = table.unpack or unpack
local p = pack(1, nil, 3, nil)
print(p.n, p[1], p[2], p[3], p[4])
print(unpack({1, 2, 3}))
print(unpack({1, 2, 3}, 2))
print(unpack({1, 2, 3}, 2, 3))
print(unpack({1, 2, 3}, -1, 1))
print(unpack({}, 1, 3))
print(select("#", unpack({}, 1, 0)))
print(unpack({"a", "b"}, 3))
print(pcall(function(...) return select(1, unpack(...)) end, {}, 1, 1e8))
print(type(table.pack), type(table.unpack), type(unpack))
local function va(...)
  local n = select("#", ...)
  local t = {...}
  return n, #t
end
print((va(nil, nil, 3)), va(1, 2, 3))
local function fwd(...) return va(...) end
print(fwd(1, 2))
local f51 = (loadstring or load)([[
  local function old(...) return arg and arg.n, arg and arg[1] end
  return old("x", "y")
]])
print(pcall(f51))
local function noarg(...) local a = arg return type(a) end
print(noarg(1))
local function sumall(...) local s = 0 for _, v in ipairs({...}) do s = s + v end return s end
print(sumall(1, 2, 3), sumall())
local function count_nils(...)
  local c = 0
  for i = 1, select("#", ...) do if select(i, ...) == nil then c = c + 1 end end
  return c
end
print(count_nils(nil, 1, nil, 2, nil))
local function ret_varargs_in_table(...) return {n = select("#", ...), ...} end
local r = ret_varargs_in_table(nil, nil)
print(r.n, #r == 0)
local wrap = coroutine.wrap(function(...) local a = {...} coroutine.yield(#a) return ... end)
print(wrap(1, 2, 3))
print(wrap())
local function pass(...) return ... end
print(pass(unpack({1, 2, 3}, 1, 5)))
print(string.char(unpack({72, 105})))
local function tailva(...) return select("#", ...) end
local function caller(...) return tailva(..., ...) end
print(caller(1, 2))
print(pcall(function(...) return select(1, unpack(...)) end))
