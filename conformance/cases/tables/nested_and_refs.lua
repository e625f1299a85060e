-- dialects: 5.1 5.2 5.3 5.4 5.5
-- tables are references; nested structures, self references, identity
local a = {}
local b = a
b.x = 1
print(a.x, a == b, rawequal(a, b))
local c = {x = 1}
print(a == c, rawequal(a, c))
local self = {}
self.me = self
print(self.me.me.me == self)
local grid = {}
for i = 1, 3 do
  grid[i] = {}
  for j = 1, 3 do grid[i][j] = i * 10 + j end
end
print(grid[2][3], grid[3][1], #grid, #grid[1])
local rows = {}
for i = 1, 3 do rows[i] = table.concat(grid[i], " ") end
print(table.concat(rows, " | "))
local function copy(t)
  local r = {}
  for k, v in pairs(t) do r[k] = type(v) == "table" and copy(v) or v end
  return r
end
local orig = {1, {2, 3}, k = {4}}
local cp = copy(orig)
cp[2][1] = 99
print(orig[2][1], cp[2][1], cp.k[1], cp.k ~= orig.k)
local list = nil
for i = 1, 5 do list = {value = i, next = list} end
local out = {}
local node = list
while node do out[#out + 1] = node.value node = node.next end
print(table.concat(out, "->"))
local t = {}
t.a = {}
t.a.b = {}
t.a.b.c = "deep"
print(t.a.b.c, t["a"]["b"]["c"])
local function f() return {1, 2} end
print(f() ~= f(), #f())
local k = {}
local map = {[k] = "table key"}
print(map[k], map[{}])
local counter = {n = 0}
local function inc(t) t.n = t.n + 1 end
for i = 1, 5 do inc(counter) end
print(counter.n)
local x = {y = {z = {}}}
x.y.z.w = x
print(x.y.z.w.y.z.w == x)
local arr = {{}, {}, {}}
arr[1].v, arr[2].v, arr[3].v = "a", "b", "c"
print(arr[1].v .. arr[2].v .. arr[3].v)
local s = {}
s[1], s[2] = s, 2
print(s[1][1][2])
local mt = {}
local p = setmetatable({}, mt)
print(getmetatable(p) == mt, getmetatable({}) == nil)
local ta, tb = {}, {}
print(ta == tb, ta ~= tb)
local tt = {[{}] = 1, [{}] = 2}
local cnt = 0
for _ in pairs(tt) do cnt = cnt + 1 end
print(cnt)
