-- dialects: 5.1 5.2 5.3 5.4 5.5
-- float modulo: sign of result follows the divisor; precision of results; fmod vs %
local cases = {{5.3, 1}, {-5.3, 1}, {5.3, -1}, {1e308, 3}, {0.3, 0.1}, {-0.0, 1}, {7, 0.5}, {-7, 0.5}, {2^53, 3}, {1, 1e-308}}
for _, c in ipairs(cases) do
  local a, b = c[1], c[2]
  print(a, b, string.format("%.17g", a % b), string.format("%.17g", math.fmod(a, b)))
end
print(5 % -0.0 ~= 5 % -0.0, -5 % 0.0 ~= -5 % 0.0)
print(string.format("%.17g", 2^0.5 % 1), string.format("%.17g", math.pi % 1))
