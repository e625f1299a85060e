-- dialects: 5.1 5.2 5.3 5.4 5.5
-- '^' and '/' always give floats from 5.3 on; special operands
print(2 ^ 2, 2 ^ 0, 2 ^ -2, 0 ^ 0, 1 ^ 1e300)
print(10 / 2, 9 / 3, 1 / 2, -6 / 3, 0 / 5)
print(4 ^ 0.5, 27 ^ (1/3), (-27) ^ 3, (-2) ^ 63)
print(2 ^ 63, 2 ^ 64, -(2 ^ 63), 2 ^ 1023 * 2, 2 ^ 1024)
print(10 ^ 15, 10 ^ 16, 10 ^ -3, 10 ^ 308, 10 ^ 309)
print(math.huge ^ -1, (-math.huge) ^ 3, (-math.huge) ^ 2, (-math.huge) ^ -1)
print(1 / math.huge, -1 / math.huge, 0.5 ^ 1074 > 0, 0.5 ^ 1075)
print(math.type and math.type(2 ^ 2) or "n/a", math.type and math.type(4 / 2) or "n/a")
print(3 ^ 2 ^ 2, -3 ^ 2, (-3) ^ 2, 2 ^ -3 ^ 2)
print(7 / 7 == 1, 2 ^ 10 == 1024, 1024 / 2 ^ 10)
print((2 ^ 53 + 1) / 1, 123456789 * 1000 / 1000)
local i = 3
print(i / i, i ^ i, i / 0.5, -i / 0.5)
print(1e300 * 1e300 / 1e300, 1e-300 / 1e300)
print(5 / -0.0 < 0, 5 / 0.0 > 0, -5 / -0.0 > 0)
print(string.format("%.3f %.3f", 2 ^ 0.5, 10 ^ 0.5))
print("2" ^ 2, 2 ^ "3", "4" / "2", "1e1" / 2)
