-- dialects: 5.1 5.2 5.3 5.4 5.5
-- numeric limits: doubles near overflow/underflow, integer-like float limits, floor of big values
print(2^1023 * 2 == math.huge, 2^-1074 / 2 == 0, 2^-1022 > 0)
print(string.format("%.17g", 2^-1074), string.format("%.17g", 2^1023))
print(math.floor(2^52 + 0.5) == 2^52, math.floor(2^53 + 1) == 2^53)
print(1e308 + 1e308 == math.huge, -1e308 - 1e308 == -math.huge)
print(string.format("%.0f", 2^63), string.format("%.0f", 2^64), string.format("%.0f", -2^63))
print(string.format("%.0f", 1e20), string.format("%.3e", 2^-1074))
print(math.sqrt(2^1022) == 2^511, math.sqrt(4^500) == 2^500)
print(0.1 + 0.2 - 0.3 < 1e-15, 1 - 0.9 == 0.1)
print(string.format("%.20g", 1/3))
print(math.abs(-2^63) == 2^63, -(-2^63) == 2^63)
print(2^53 + 1.0 == 2^53, 2^53 + 2.0 == 2^53 + 2)
