-- dialects: 5.1 5.2 5.3 5.4 5.5
-- float for loops: the first value and the tests (5.1-5.3 start from (init - step) + step)
local function run(a, b, c)
  local out = {}
  for i = a, b, c do
    out[#out + 1] = string.format("%.17g", i)
    if #out > 12 then break end
  end
  return table.concat(out, " ")
end
print(run(0.3, 1, 0.1))
print(run(1, 1e308, 1e307))
print(run(0.1, 0.3, 0.1))
print(run(1e16, 1e16 + 4, 1.5))
print(run(-0.0, 2, 1))
print(run(5.5, 1, -1.1))
for i = 0.7, 1.5, 0.2 do io.write(string.format("%.17g ", i)) end
print()
for i = 1e300, 1e301, 3e300 do io.write(string.format("%g ", i)) end
print()
