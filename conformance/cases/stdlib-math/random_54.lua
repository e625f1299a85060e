-- dialects: 5.4 5.5
-- xoshiro256** sequences are defined in 5.4/5.5: exact values after seeding
math.randomseed(42)
print(math.random(1, 100), math.random(), math.random(0))
math.randomseed(42)
local t = {}
for i = 1, 10 do t[i] = math.random(1000) end
print(table.concat(t, " "))
math.randomseed(0)
print(math.random(1, 6), math.random(1, 6), math.random(1, 6))
math.randomseed(1, 2)
print(math.random(), math.random(math.mininteger, math.maxinteger))
math.randomseed(123)
print(string.format("%.17g", math.random()))
print(math.random(0) ~= nil, math.type(math.random(0)))
math.randomseed(42.0)
print(math.random(100))
print(pcall(math.randomseed, 1.5))
print(select("#", math.randomseed(5)), math.type((math.randomseed(5))))
math.randomseed(99)
local u = {}
for i = 1, 5 do u[i] = math.random(3, 7) end
print(table.concat(u, " "))
print(pcall(math.random, math.maxinteger + 0.0))
print(math.random(math.mininteger, math.mininteger))
