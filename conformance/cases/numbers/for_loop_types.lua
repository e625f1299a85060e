-- dialects: 5.3 5.4 5.5
-- subtype of the numeric for control variable for integer/float start, limit and step combinations
local function types(a, b, c)
  local out = {}
  for i = a, b, c do out[#out + 1] = math.type(i) .. ":" .. tostring(i) if #out >= 3 then break end end
  return table.concat(out, " ")
end
print(types(1, 3, 1))
print(types(1.0, 3, 1))
print(types(1, 3.0, 1))
print(types(1, 3, 1.0))
print(types(1, 2.5, 1))
print(types(3, 1.5, -1))
print(types(1, math.huge, 1))
print(types(1, -math.huge, -1))
print(types(math.maxinteger - 1, math.huge, 1))
print(types(1, 3, 0.5))
print(pcall(types, "1", 2, 1))
print(pcall(types, 1, "2", 1))
print(types(0.1, 0.3, 0.1))
print(types(-1, 1, 1))
print(types(math.mininteger, math.mininteger + 1, 1))
