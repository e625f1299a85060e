-- dialects: 5.1 5.2 5.3 5.4 5.5
-- tonumber(tostring(x)) == x holds for some floats only with %.14g (5.1-5.4) but always in 5.5
local vals = {0.1, 1/3, math.pi, 2^53 + 0.0, 1e300, 123456.789, 0.30000000000000004, 1e-7, 5e-324, 100}
for _, v in ipairs(vals) do
  local s = tostring(v)
  print(s, tonumber(s) == v, string.format("%.17g", v))
end
local exact = 0
for i = 1, 1000 do
  local v = i / 7
  if tonumber(tostring(v)) == v then exact = exact + 1 end
end
print("exact round trips of i/7:", exact)
print(tostring(tonumber("0x10")), tostring(tonumber("1e2")), tostring(tonumber("  7  ")))
