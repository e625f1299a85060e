-- dialects: 5.1 5.2 5.3 5.4
-- assigning to the numeric for variable inside the body does not affect iteration (5.1-5.4)
local seen = {}
for i = 1, 5 do
  seen[#seen + 1] = i
  i = i * 10
  seen[#seen + 1] = i
end
print(table.concat(seen, " "))
local t = {}
for k, v in ipairs({"a", "b", "c"}) do
  k = k + 100
  t[#t + 1] = k .. v
end
print(table.concat(t, " "))
local u = {}
for i = 3, 1, -1 do
  i = nil
  u[#u + 1] = tostring(i)
end
print(table.concat(u, " "))
local n = 0
for i = 1, 3 do
  local i = i + 1
  n = n + i
end
print(n)
for i = 1, 2 do
  local f = function() i = i + 1 return i end
  print(i, f(), i)
end
local steps = {}
for i = 10, 1, -3 do
  steps[#steps + 1] = i
  i = 0
end
print(table.concat(steps, " "))
local fl = {}
for x = 0.5, 2.5 do
  x = x * 100
  fl[#fl + 1] = x
end
print(table.concat(fl, " "))
local keys = {}
for k, v in pairs({a = 1}) do
  k = "modified"
  keys[#keys + 1] = k
end
print(keys[1])
for i = 1, 3 do
  local prev = i
  i = "string now"
  io.write(prev, ":", i, " ")
end
print()
