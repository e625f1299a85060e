-- dialects: 5.1 5.2 5.3 5.4 5.5
-- tostring/print/%s/concat of numbers agree with each other in every dialect
local vals = {0, -0.0, 1, -1, 1.5, 1e15, 1e16, 1e100, 2^53, 2^63, -2^63, 1/3, 0.1, 255, 1e-5, 123456789012}
for _, v in ipairs(vals) do
  local a, b, c = tostring(v), string.format("%s", v), v .. ""
  print(a, a == b and b == c)
end
