-- dialects: 5.1 5.2 5.3 5.4 5.5
-- equality/ordering between integers and floats at the 2^53 boundary and beyond, as table keys
local big = 9007199254740993
local f53 = 2^53
print(big == f53, big > f53, big - 1 == f53, f53 + 1 == f53)
print(math.type and math.type(big) or type(big), math.type and math.type(f53) or type(f53))
local t = {}
t[f53] = "float key"
t[9007199254740992] = "int key"
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n, t[f53])
print(2^63 == 9223372036854775807, 9223372036854775807 < 2^63)
print(-9223372036854775807 - 1 == -2^63)
local vals = {1, 1.0, 2^53, 2^53 + 1, 9007199254740993, -0.0, 0}
for i = 1, #vals do
  local row = {}
  for j = 1, #vals do row[j] = vals[i] == vals[j] and "=" or (vals[i] < vals[j] and "<" or ">") end
  print(table.concat(row))
end
print(1 == 1.0000000000000002, 1 < 1.0000000000000002)
print(math.maxinteger and (math.maxinteger + 0.0 == math.maxinteger) or "n/a")
print(math.maxinteger and (math.maxinteger < math.maxinteger + 0.0) or "n/a")
print(math.mininteger and (math.mininteger == math.mininteger + 0.0) or "n/a")
