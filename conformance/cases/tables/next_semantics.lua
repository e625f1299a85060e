-- dialects: 5.1 5.2 5.3 5.4 5.5
-- next: traversal covers each key once, assigning existing fields during traversal is allowed
local t = {}
for i = 1, 10 do t[i] = i end
for _, k in ipairs({"a", "b", "c", "d"}) do t[k] = k:byte() end
local seen, count = {}, 0
local k, v = next(t)
while k ~= nil do
  if seen[k] then print("duplicate key", k) end
  seen[k] = true
  count = count + 1
  t[k] = type(v) == "number" and v * 2 or v
  k, v = next(t, k)
end
print(count, t[10], t.a)
local cleared = 0
for key in pairs(t) do t[key] = nil cleared = cleared + 1 end
print(cleared, next(t))
local arrayPart = {10, 20, 30}
print(next(arrayPart))
print(next(arrayPart, 1))
print(next(arrayPart, 3))
print(pcall(function(...) return select(1, next(...)) end, arrayPart, 4))
print(pcall(function(...) return select(1, next(...)) end, arrayPart, "nokey"))
print(next({}, nil), select("#", next({})))
local float = {[1.5] = "f"}
print(next(float))
print(next(float, 1.5))
