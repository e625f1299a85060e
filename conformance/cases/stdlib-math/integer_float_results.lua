-- dialects: 5.1 5.2 5.3 5.4 5.5
-- result subtypes of arithmetic and math functions (printed as 1 or 1.0)
local e = { 1 + 1, 1 + 1.0, 2 * 3, 2 * 3.0, 7 - 7, 7 - 7.0, 6 / 2, 2 ^ 2, -(-3), -3.0,
  math.abs(-2), math.abs(-2.0), math.max(1, 2), math.max(1.0, 2), math.min(1, 2.0),
  math.floor(2.5), math.ceil(2.5), math.floor(-2), math.sqrt(4), math.fmod(7, 2), math.fmod(7.0, 2),
  tonumber("10"), tonumber("10.0"), tonumber("1e1"), tonumber("0x10"), tonumber("10", 16),
  #"abc", select("#", 1, 2), string.len("ab"), ("5") * 1, ("5.0") * 1, 10 % 3, 10.0 % 3, 2^53 + 1 }
local out = {}
for i, v in ipairs(e) do out[i] = tostring(v) end
print(table.concat(out, " "))
print(3 == 3.0, math.floor(math.huge) == math.huge, 0.0 == -0.0)
local sum = 0
for i = 1, 10 do sum = sum + i end
print(sum, sum / 1, math.floor(sum) == sum)
local fsum = 0.0
for i = 1, 10 do fsum = fsum + i end
print(fsum)
print(string.format("%d", 3.0), pcall(string.format, "%d", 3.1))
print(1e2, 100 == 1e2, math.floor(1e2))
print(tostring(2^31), math.floor(2^31), math.ceil(-2^31))
