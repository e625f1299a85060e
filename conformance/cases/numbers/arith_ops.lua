-- dialects: 5.1 5.2 5.3 5.4 5.5
-- arithmetic operators on numbers, with results that differ by subtype
local a, b = 7, 2
print(a + b, a - b, a * b, a / b, a % b, a ^ b)
print(-a, -b, -(-a))
print(a % -b, -a % b, -a % -b)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print(5 % 3.5, 5.25 % 0.5, 1e15 % 7)
print(10 / 4, 10 / 5, 1 / 8, 2 / 3 * 3)
print(2 ^ 10, 2 ^ -1, (-2) ^ 2, -2 ^ 2, 2 ^ 0.5 * 2 ^ 0.5 == 2)
print(2 ^ 3 ^ 2, (2 ^ 3) ^ 2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3)
print(10 - 2 - 3, 100 / 10 / 2)
local zero = 0
print(1 / zero, -1 / zero, zero / zero ~= zero / zero)
print(5 % math.huge, -5 % math.huge, 5 % -math.huge, -5 % -math.huge)
print(math.huge % 2 ~= math.huge % 2, math.huge - math.huge ~= 0)
print(0.0 % 1, 3 % 1, 3.5 % 1)
print(1e308 + 1e308, -1e308 - 1e308)
print(4 * 0.25, 3 * (1/3))
print(1e15 * 10, 1e15 + 1)
print(123456 * 654321, 99999 * 99999)
print(2^31 * 2, 2^32 + 1)
print(1 - 1 == 0, 0 - 0)
print(math.floor(-0.5), math.ceil(-0.5))
print(-7 / 2, -(7 / 2))
print(8 % 3.5, -8 % 3.5)
print(2^-1074 > 0, 2^-1075 == 0)
print((-8) ^ (1/3) ~= (-8) ^ (1/3))
print(0 ^ 0, 0 ^ -1, math.huge ^ 0)
print(1e10 % 3, 2^53 % 2)
print(10 % 3 == 1, 10.0 % 3 == 1)
local x = 0.1
local s = 0
for i = 1, 10 do s = s + x end
print(s == 1, s < 1, string.format("%.17g", s))
print(17 % 5 * 2, 17 % (5 * 2))
print(-3 % 5, -3.0 % 5, 3 % -5, 3.0 % -5)
