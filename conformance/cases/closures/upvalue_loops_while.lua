-- dialects: 5.1 5.2 5.3 5.4 5.5
-- closures created in while/repeat loops share locals declared outside but not inside the loop
local outside = {}
local x = 0
while x < 3 do
  x = x + 1
  outside[x] = function() return x end
end
print(outside[1](), outside[2](), outside[3]())
local inside = {}
local y = 0
while y < 3 do
  y = y + 1
  local z = y
  inside[y] = function() z = z + 10 return z end
end
print(inside[1](), inside[1](), inside[2](), inside[3]())
local rep = {}
local k = 0
repeat
  k = k + 1
  local captured = k
  rep[k] = function() return captured, k end
until k == 3
print(rep[1]())
print(rep[3]())
local gen = {}
for _, name in ipairs({"a", "b"}) do
  for idx = 1, 2 do
    gen[#gen + 1] = function() return name .. idx end
  end
end
local r = {}
for _, g in ipairs(gen) do r[#r + 1] = g() end
print(table.concat(r, " "))
local acc = {}
local total = 0
for i = 1, 5 do
  total = total + i
  local snapshot = total
  acc[i] = function() return snapshot, total end
end
print(acc[1]())
print(acc[5]())
local makers = {}
local function outer(n)
  local v = n
  makers[#makers + 1] = function() v = v * 2 return v end
  return function() return v end
end
local g1, g2 = outer(1), outer(10)
print(makers[1](), makers[1](), g1(), makers[2](), g2())
local swap = {}
do
  local a, b = "a", "b"
  swap.get = function() return a, b end
  swap.swap = function() a, b = b, a end
end
swap.swap()
print(swap.get())
swap.swap() swap.swap()
print(swap.get())
