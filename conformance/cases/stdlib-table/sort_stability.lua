-- dialects: 5.1 5.2 5.3 5.4 5.5
-- table.sort results that do not depend on the algorithm: total orders, key extraction, reverse
local function gen(n, seed)
  local t, x = {}, seed
  for i = 1, n do x = (x * 1103515245 + 12345) % 2147483648 t[i] = x % 1000 end
  return t
end
for _, n in ipairs({0, 1, 2, 3, 10, 100, 500}) do
  local t = gen(n, n + 1)
  table.sort(t)
  local ok = true
  for i = 2, #t do if t[i - 1] > t[i] then ok = false end end
  print(n, ok, t[1], t[#t])
end
local t = gen(50, 7)
table.sort(t, function(a, b) return a > b end)
print(t[1], t[50], t[25])
local names = {"delta", "alpha", "charlie", "bravo", "echo", "foxtrot"}
table.sort(names, function(a, b) return #a < #b or (#a == #b and a < b) end)
print(table.concat(names, " "))
local floats = {3.5, -1.25, 2, 0, -0.5, 100, 1e-3}
table.sort(floats)
print(table.concat(floats, " "))
local strs = {}
for i = 1, 20 do strs[i] = string.char(65 + (i * 7) % 26) .. i end
table.sort(strs)
print(table.concat(strs, " "))
local count = 0
local arr = gen(30, 3)
table.sort(arr, function(a, b) count = count + 1 return a < b end)
print(count > 0)
local objs = {}
for i = 1, 8 do objs[i] = {id = i, key = (i * 5) % 8} end
table.sort(objs, function(a, b) return a.key < b.key end)
local ids = {}
for i, o in ipairs(objs) do ids[i] = o.key .. ":" .. o.id end
print(table.concat(ids, " "))
