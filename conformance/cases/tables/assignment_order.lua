-- dialects: 5.1 5.2 5.3 5.4 5.5
-- multiple assignment: evaluation before assignment, swaps, adjustments
local a, b, c = 1, 2
print(a, b, c)
a, b = b, a
print(a, b)
local x, y = 1, 2, 3
print(x, y)
local function mr() return 10, 20, 30 end
local p, q, r, s = mr()
print(p, q, r, s)
p, q, r, s = 0, mr()
print(p, q, r, s)
p, q, r, s = mr(), 0
print(p, q, r, s)
p, q = (mr())
print(p, q)
local t = {}
local i = 1
i, t[i] = i + 1, 20
print(i, t[1], t[2])
local u = {1, 2, 3}
local j = 1
u[j], j = 99, 2
print(u[1], u[2], j)
local v = {}
v.x, v.y, v.x = 1, 2, 3
print(v.y, v.x == 1 or v.x == 3)
local log = {}
local prox = setmetatable({}, {__newindex = function(t, k, val) log[#log + 1] = k .. "=" .. tostring(val) rawset(t, k, val) end})
prox.a, prox.b, prox.c = 1, 2, 3
print(#log, prox.a, prox.b, prox.c)
local n1, n2, n3 = nil
print(n1, n2, n3)
local w = {}
w[1], w[2], w[3] = "a", "b"
print(w[1], w[2], w[3])
local m, n = 1
m, n = n, m
print(m, n)
local arr = {10, 20, 30}
local k = 1
k, arr[k] = 3, "changed"
print(k, arr[1], arr[3])
local g1, g2 = mr(), mr()
print(g1, g2)
local order = {}
local function f(name) order[#order + 1] = name return name end
local tt = {}
tt[f("k1")], tt[f("k2")] = f("v1"), f("v2")
print(#order, tt.k1, tt.k2)
local e1, e2, e3 = (function() end)()
print(e1, e2, e3)
local z1, z2 = 1, (function() return 2, 3 end)()
print(z1, z2)
do
  local a1, a2, a3 = mr()
  a1, a2, a3 = a3, a1, a2
  print(a1, a2, a3)
end
