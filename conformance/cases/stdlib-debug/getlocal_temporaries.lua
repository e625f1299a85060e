-- dialects: 5.1 5.2 5.3 5.4 5.5
-- debug.getlocal/setlocal past a frame's locals: the temporaries PUC holds in registers
-- while a call runs ("(*temporary)" up to 5.3, "(temporary)" later), and a C function's
-- own stack slots at level 0 ("(C temporary)" in 5.4+)

-- level 0: getlocal/setlocal themselves, whose slots are their arguments
print(debug.getlocal(0, 1))
print(debug.getlocal(0, 2))
print(debug.getlocal(0, 3))
print(debug.getlocal(0, 3, "x"))
print(debug.setlocal(0, 1, 5), debug.setlocal(0, 3, 5), debug.setlocal(0, 4, 5))
print(pcall(debug.getlocal, 0, 1))

-- the official test (db.lua): the register holding (a+1) while f runs is temporary 3
function f()
  assert(select(2, debug.getlocal(2, 3)) == 1)
  assert(not debug.getlocal(2, 4))
  debug.setlocal(2, 3, 10)
  return 20
end
function g(a, b) return (a + 1) + f() end
print(g(0, 0))

local function val(v)
  local t = type(v)
  if t == "number" or t == "string" or t == "boolean" or t == "nil" then return tostring(v) end
  return t
end
local function dump(level)
  local out = {}
  local i = 1
  while true do
    local name, value = debug.getlocal(level + 1, i)
    if not name then break end
    out[#out + 1] = name .. "=" .. val(value)
    i = i + 1
  end
  return table.concat(out, " ")
end
print(dump(1))

-- what the caller of probe holds while probe runs
local last
local function probe() last = dump(2) return 5 end
local function F(...) return ... end
T = {x = 3, c = 4}
local UT = {[5] = 1}
local function shape(name, fn) last = "?" fn(4) print(name, last) end
shape("call args", function() local a, b = 1, {c = 2} F(a, b.c, probe()) end)
shape("method", function() local obj = {m = function(...) end} obj:m(7, probe()) end)
shape("method on field", function() T.m = F T:m(7, probe()) end)
shape("string method", function() local s = "ab" local r = s:upper(probe()) end)
shape("local list", function() local x, y = 1, probe() end)
shape("local list extra", function() local x = 1, 2, probe() end)
shape("return", function() return 1, probe() end)
shape("return local", function() local a = 9 return a, probe() end)
shape("tail call args", function() return F(1, probe()) end)
shape("table", function() local t = {1, 2, probe()} end)
shape("table keyed", function() local t = {1, x = probe()} end)
shape("table keyed2", function() local t = {1, [T.x] = probe()} end)
shape("table key 1.5", function() local t = {[1.5] = probe()} end)
shape("table key 300", function() local t = {[300] = probe()} end)
shape("table key true", function() local t = {[true] = probe()} end)
shape("table after flush", function() local t = {1,2,3,4,5,6,7,8,9,10,1,2,3,4,5,6,7,8,9,10,1,2,3,4,5,6,7,8,9,10,1,2,3,4,5,6,7,8,9,10,1,2,3,4,5,6,7,8,9,10,51,52,probe()} end)
shape("nested tables", function() local t = {{1, probe()}} end)
shape("concat", function() local s = "b" local r = "a" .. s .. probe() end)
shape("concat parts", function() local r = T.x .. "a" .. probe() .. "b" end)
shape("concat call arg", function() local r = "a" .. F("b", probe()) end)
shape("arith field", function() local t = {x = 1} local r = t.x + probe() end)
shape("arith local", function() local a = 1 local r = a + probe() end)
shape("arith numeral", function() local r = 1 + probe() end)
shape("arith string", function() local r = "10" + probe() end)
shape("arith global", function() local r = T.x * probe() end)
shape("arith unary", function() local r = -T.x + probe() end)
shape("arith call", function() local r = (F(1)) + probe() end)
shape("arith vararg", function(...) local r = ... + probe() end)
shape("eq", function() local r = T.x == probe() end)
shape("eq string", function() local r = "x" == probe() end)
shape("lt", function() local r = T.x < probe() end)
shape("lt small int", function() local r = 1 < probe() end)
shape("lt 1000", function() local r = 1000 < probe() end)
shape("lt float", function() local r = 1.5 < probe() end)
shape("lt string", function() local r = "a" < tostring(probe()) end)
shape("and", function() local r = T.x and probe() end)
shape("or", function() local r = T.q or probe() end)
shape("index global", function() local r = T[probe()] end)
shape("index local", function() local t = T local r = t[probe()] end)
shape("index upvalue", function() local r = UT[probe()] end)
shape("assign field", function() T.y = probe() end)
shape("assign key", function() local t = {} t[T.x] = probe() end)
shape("assign upvalue key", function() UT[T.x] = probe() end)
shape("assign upvalue field", function() UT.x = probe() end)
shape("assign multi", function() local a, b a, b = 1, probe() end)
shape("assign targets", function() local t = {} t.a, t.b, T.c = 1, 2, probe() end)
shape("assign conflict", function() local a, b = {}, 1 a[b], b = probe(), 2 end)
shape("for", function() for i = 1, probe() do end end)
shape("for step", function() for i = 1, 2, probe() do end end)
shape("generic for", function() for k in F, T, probe() do break end end)
shape("if", function() if T.x + probe() then end end)
shape("repeat", function() repeat local z = 1 until F(z, probe()) end)
shape("nested calls", function() local a = 1 print(T.x + F(a, probe())) end)
shape("callee call", function() F(F)(probe()) end)
shape("method chain", function() local o = {m = function(self, ...) return self end} o:m(1):m(2, probe()) end)
shape("print(dump(1))", function() last = "" print(dump(1)) end)
shape("in a coroutine", function() coroutine.wrap(function() local t = {x = 1} local r = t.x + probe() end)() end)

-- debug.setlocal on a temporary changes the value the caller then uses
local K, V
local function settemp(k, v)
  local i, seen = 1, 0
  while true do
    local name = debug.getlocal(3, i)
    if not name then return false end
    if name:find("temporary") then
      seen = seen + 1
      if seen == k then debug.setlocal(3, i, v) return true end
    end
    i = i + 1
  end
end
local function change() settemp(K, V) return 5 end
local function show(t) local o = {} for i = 1, #t do o[i] = tostring(t[i]) end return "{" .. table.concat(o, ",") .. "}" end
local function set(name, k, v, fn) K, V = k, v print(name, pcall(fn)) end
set("callee", 1, function(...) return "R", ... end, function() local a, b = 1, {c = 2} return F(a, b.c, change()) end)
set("argument copy", 2, 100, function() local a, b = 1, {c = 2} return F(a, b.c, change()) end)
set("argument", 3, 200, function() local a, b = 1, {c = 2} return F(a, b.c, change()) end)
set("method", 1, function(self, x) return "M", x end, function() local obj = {m = function(self, ...) return self == nil, ... end} return obj:m(7, change()) end)
set("self", 2, {}, function() local obj = {m = function(self, ...) return self == nil, ... end} return obj:m(7, change()) end)
set("local list", 1, 50, function() local x, y = 1, change() return x, y end)
set("return", 1, 9, function() return 1, change() end)
set("table item", 2, 10, function() local t = {1, 2, change()} return show(t) end)
set("table", 1, {"a", "b", "c", "d"}, function() local t = {1, 2, change()} return show(t) end)
set("table key", 2, "k", function() local t = {[T.x] = change()} return t.k, t[3] end)
set("concat", 2, "Z", function() local s = "b" return "a" .. s .. change() end)
set("arith", 1, 100, function() local t = {x = 1} return t.x + change() end)
set("comparison", 1, 10, function() return T.x < change() end)
set("for", 1, 3, function() local o = {} for i = 1, change() do o[#o + 1] = i end return show(o) end)
set("target key", 2, "k", function() T[T.x] = change() return T.k, T[3] end)
set("conflict copy", 1, 2, function() local a, b = {}, 1 a[b], b = change(), 7 return a[1], a[2], b end)
set("in a coroutine", 1, 100, function() return coroutine.wrap(function() local t = {x = 1} local r = t.x + change() coroutine.yield(r) end)() end)
