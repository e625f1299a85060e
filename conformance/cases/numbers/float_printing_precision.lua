-- dialects: 5.1 5.2 5.3 5.4 5.5
-- how floats print: %.14g (up to 5.4) against shortest round-trip output, and format precisions
local vals = { 0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 100/7, 2^0.5, math.pi, 1e21, 1e22, 1e-7, 123456789.123,
  5e-324, 1.7976931348623157e308, 2^-1022, 0.5, 0.25, 1e15 + 0.3, 12345678901234567, 3.0000000000000004,
  9.999999999999999, 99999999999999.99, 1e100, 123e-20, 4.35, 2.675, 1.005, 1e15 / 3 }
for _, v in ipairs(vals) do
  print(v, tostring(-v), string.format("%.14g|%.17g|%.3f|%g", v, v, v, v))
end
local n = 0.1
for _ = 1, 5 do n = n * 3 io.write(tostring(n), " ") end
print()
print(tostring(1e15) == "1e+15", tostring(1e14), 10^14, 10^15)
print(2^63 == math.huge, tostring(2^63), tostring(-(2^63)))
print(tonumber(tostring(0.1)) == 0.1, tonumber(tostring(1/3)) == 1/3, tonumber(tostring(math.pi)) == math.pi)
