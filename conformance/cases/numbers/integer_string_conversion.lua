-- dialects: 5.1 5.2 5.3 5.4 5.5
-- converting between numbers and strings: tostring/tonumber round trips and %d/%g on extremes
local vals = { 0, 1, -1, 255, 65535, 2^31 - 1, 2^31, 2^32, 2^53, -2^53, 1e16, 123456789012345 }
for _, v in ipairs(vals) do
  local s = tostring(v)
  print(s, tonumber(s) == v, string.format("%.0f", v), string.format("%g", v), #s)
end
print(tostring(1e15 + 1), tostring(1e15 - 1), tostring(2^53 + 2))
print(tonumber("  1e15  "), tonumber("1" .. string.rep("0", 20)), tonumber("-" .. string.rep("9", 19)))
print(tonumber("0x" .. string.rep("f", 16)), tonumber("0x1" .. string.rep("0", 16)))
print(tonumber("1" .. string.rep("0", 400)), tonumber("0." .. string.rep("0", 400) .. "1"))
print(string.format("%5.1f|%-8.3e|%+g", 1234.56, 0.00012, 5))
print(10 == "10", tostring(10) == "10", 10 .. "" == "10")
