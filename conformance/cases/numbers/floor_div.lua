-- dialects: 5.3 5.4 5.5
-- floor division and modulo with all operand combinations, and zero divisors
local vals = {7, -7, 7.0, -7.0, 0, 0.0, 3, -3, 2.5, -2.5}
for _, a in ipairs({7, -7, 7.5, -7.5}) do
  local row = {}
  for _, b in ipairs({2, -2, 2.0, -2.0, 0.5}) do
    row[#row + 1] = tostring(a // b) .. "/" .. tostring(a % b)
  end
  print(a, table.concat(row, " "))
end
print(pcall(function() local z = 0 return 5 // z end))
print(pcall(function() local z = 0 return 5 % z end))
print(pcall(function() local z = 0 return -5 // z end))
local z = 0.0
print(5 // z, -5 // z, 5 % z ~= 5 % z, 0 // z ~= 0 // z)
print(5 // 0.0, 5.0 // 0)
print(math.mininteger // -1, math.mininteger % -1)
print(3 // math.huge, -3 // math.huge, 3 // -math.huge)
print(3 % math.huge, -3 % math.huge, 3 % -math.huge, -3 % -math.huge)
print(math.huge // 1, -math.huge // 1, math.huge % 1 ~= math.huge % 1)
print(0 // 3, -0.0 // 3, 0.0 // -3)
print(1 // 3, -1 // 3, 1 // -3, -1 // -3)
print(1e300 // 1e-300, 1e15 // 7, 1e15 % 7)
print(5 // 2 * 2 + 5 % 2, -5 // 2 * 2 + -5 % 2)
print(3.7 // 1, -3.7 // 1, 3.7 % 1 < 0.71)
print(2^53 // 3, (2^53 + 0) % 3)
print(math.type(7 // 2), math.type(7 // 2.0), math.type(7 % 2), math.type(7 % 2.0))
print("7" // 2, "7.0" // 2, 7 // "2")
print(pcall(function() return {} // 1 end))
print(pcall(function() return 1 % nil end))
print(10 // 3 + 10 % 3 * 0.5)
