-- dialects: 5.1 5.2 5.3 5.4 5.5
-- comparisons between integers and floats near the limits of exact representation
local maxi = math.maxinteger or 2^53
local mini = math.mininteger or -2^53
print(math.maxinteger ~= nil, math.mininteger ~= nil)
print(1 == 1.0, 0 == -0.0, -0.0 == 0.0, 1 < 1.5, 2 > 1.5)
print(2^53 == 2^53 + 1, 2^53 < 2^53 + 1)
print(maxi < 2^63, maxi <= 2^63, maxi == 2^63, maxi + 0.0 == 2^63)
print(mini == -2^63, mini < -2^63, mini <= -2^63, mini > -2^63)
print(maxi > 9.2233720368547e18, maxi >= 9223372036854775807)
local big = 2^63
print(big > maxi, big >= maxi, -big < mini, -big <= mini)
print(math.huge > maxi, -math.huge < mini)
local nan = 0/0
print(nan == nan, nan ~= nan, nan < 1, nan > 1, nan <= 1, nan >= 1)
print(1 < nan, 1 > nan, maxi < nan, mini > nan)
print(not (nan < 0), not (nan >= 0))
print(3 == 3.0000000000000001, 3 == 3.000000000000001)
local a, b = 9007199254740993, 9007199254740992.0
print(a == b, a > b, a >= b, b < a)
local c = 9007199254740993
print(c + 0.0 == b, c - 1 == b)
print(2^24 + 1 == 16777217, 16777217.0 == 16777217)
-- sorting mixed ints and floats uses numeric order
local t = {3, 2.5, -1, 2^53, 1e300, -0.5, 0, 7}
table.sort(t)
for i = 1, #t do io.write(tostring(t[i]), i < #t and " " or "\n") end
-- min/max keep the original subtype
print(math.max(1, 2.0, 1.5), math.min(3, 2.0, 2), math.max(2.0, 2), math.min(2, 2.0))
print(math.max(-0.0, 0), math.min(0, -0.0))
-- equality used by table keys
local k = {}
k[1] = "int"; k[1.0] = "float"; k[2^53] = "big"
print(k[1], k[2^53], k[9007199254740992])
for _, v in ipairs({0.5, 1.5, -1.5, 1e100, -1e100}) do
  print(v, v == math.floor(v), v < 1, v > -1)
end
