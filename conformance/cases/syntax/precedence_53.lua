-- dialects: 5.3 5.4 5.5
-- precedence of bitwise and floor-division operators relative to the rest
print(1 | 2 & 3, (1 | 2) & 3, 1 ~ 3 & 2, 1 | 2 ~ 3)
print(1 << 2 + 1, (1 << 2) + 1, 1 + 1 << 1, 2 >> 1 - 1)
print(1 | 2 == 3, (1 | 2) == 3)
print(~0 + 1, ~(0 + 1), - ~1, ~ - 1)
print(7 // 2 * 2, 7 // (2 * 2), -7 // 2 ^ 1, 2 ^ 3 // 3)
print(pcall(function() return 1 .. 2 << 1, "1" .. 2 | 0 end))
print(5 & 3 < 2, pcall(load("return 5 < 3 & 2")))
print(3 ~ 5 ~ 6, 3 ~ (5 ~ 6), 1 << 1 << 1, 256 >> 2 >> 2)
print(#"ab" << 1, -2 // 3, 2 ^ -1 // 1)
print(~5 & 0xF, ~(5 & 0xF))
print("3" // 2, pcall(function() return "3" | 0 end))
print(1 < 2 == (3 // 1 == 3))
