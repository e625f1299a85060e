-- dialects: 5.1 5.2 5.3 5.4 5.5
-- 5.2/5.3 reuse the last closure of a prototype when its upvalues are the same variables: such
-- closures are equal (and share a metamethod identity); 5.1 and 5.4+ make a new closure each time
local function mk() return function() end end
print(mk() == mk())
local x = 1
local function mk2() return function() return x end end
print(mk2() == mk2())
local function mk3(y) return function() return y end end
print(mk3(1) == mk3(1))
local t = {}
for i = 1, 3 do t[i] = function() return x end end
print(t[1] == t[2])
for i = 1, 3 do t[i] = function() return i end end
print(t[1] == t[2])
local fs = {}
for i = 1, 3 do fs[i] = function() return print end end
print(fs[1] == fs[2], fs[2] == fs[3])
local x = 0
local function outer()
  local y = 1
  local a = function() return y end
  local b = function() return y end
  local c
  for k = 1, 2 do
    local f = function() return y end
    if c then print("loop same", c == f) end
    c = f
  end
  return a, b
end
local a1, b1 = outer()
local a2, b2 = outer()
print(a1 == b1, a1 == a2)
local function rec(n)
  local g = function() return n end
  if n > 0 then return g, rec(n - 1) end
  return g
end
local r1, r2 = rec(1)
print(r1 == r2)
local h = {}
for i = 1, 2 do
  local v = i
  h[i] = function() return x end
end
print(h[1] == h[2])
local u = {}
local s = 0
while s < 2 do s = s + 1 u[s] = function() s = s end end
print(u[1] == u[2])
if debug.upvaluejoin then
  local p1 = 1
  local p2 = 2
  local mk = function() return function() return p1 end end
  local f1 = mk()
  debug.upvaluejoin(f1, 1, function() return p2 end, 1)
  local f2 = mk()
  print("join", f1 == f2, f2())
end
local t = setmetatable({}, {__mode = "k"})
do local f = (function() return function() end end)() t[f] = true end
collectgarbage()
local n = 0 for _ in pairs(t) do n = n + 1 end
print("weak", n)
local function mk2(v)
  return setmetatable({v = v}, {__eq = function(a, b) return a.v == b.v end})
end
print(mk2(1) == mk2(1))
