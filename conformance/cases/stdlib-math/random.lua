-- dialects: 5.1 5.2 5.3 5.4 5.5
-- math.random ranges and argument errors in every dialect (no sequence values here)
math.randomseed(42)
local ok = true
for i = 1, 1000 do
  local r = math.random()
  if r < 0 or r >= 1 then ok = false end
end
print("float in [0,1)", ok)
ok = true
for i = 1, 1000 do
  local r = math.random(10)
  if r < 1 or r > 10 or r % 1 ~= 0 then ok = false end
end
print("int in [1,10]", ok)
ok = true
for i = 1, 1000 do
  local r = math.random(-3, 3)
  if r < -3 or r > 3 or r % 1 ~= 0 then ok = false end
end
print("int in [-3,3]", ok)
print(math.random(5, 5), math.random(1, 1))
print(pcall(math.random, 0))
print(pcall(math.random, 2, 1))
print(pcall(math.random, 1, 2, 3))
print(pcall(math.random, 1.5))
print(pcall(math.random, "a"))
print(pcall(math.random, -5))
print((pcall(math.randomseed)))
print(pcall(math.randomseed, "x"))
print(math.type and math.type(math.random(10)) or type(math.random(10)))
math.randomseed(7)
local a = {math.random(100), math.random(100), math.random(100)}
math.randomseed(7)
local b = {math.random(100), math.random(100), math.random(100)}
print("same seed same sequence", a[1] == b[1] and a[2] == b[2] and a[3] == b[3])
