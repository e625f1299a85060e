-- dialects: 5.1 5.2 5.3 5.4 5.5
-- %.14g formatting of floats near the switch to exponent notation and rounding edges
local vals = {1e14, 1e15, 123456789012345, 1234567890123456, 0.0001, 0.00001, 1.5e-7,
  12345.6789, 99999999999999.9, 999999999999999, 1/3, 2/3, 10/3, 1e-300, 5e-324,
  1.7976931348623157e308, 4.35, 0.1 * 3, 100.25, 1e21, 2^-10, 3.0e3, 7.0e-3}
for _, v in ipairs(vals) do io.write(tostring(v), " ") end
print()
for _, v in ipairs(vals) do io.write(string.format("%.14g", v), " ") end
print()
for _, v in ipairs(vals) do io.write(string.format("%g", v), " ") end
print()
print(1e15 / 10, 1e16 / 10, 2^53 / 2)
print(12.0, -12.0, 1e2, 1.0e0, 0.5e1)
print(8 / 4, 9 / 4, 2^2, 10 / 1)
print(123456789 * 1000, 123456789 * 1000.0)
print(0.1 + 0.7, (0.1 + 0.7) * 10, math.floor((0.1 + 0.7) * 10))
print(1 / 7, 22 / 7, 355 / 113)
print(-1e-7, -1e7, -1.5e15)
