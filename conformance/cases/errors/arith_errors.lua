-- dialects: 5.1 5.2 5.3 5.4 5.5
-- messages for arithmetic, concatenation, comparison and length errors by operand kind
local t, s, b, n = {}, "str", true, nil
local ops = {
  function() return t + 1 end, function() return 1 - t end, function() return s * 2 end,
  function() return b / 2 end, function() return n % 2 end, function() return 2 ^ n end,
  function() return -s end, function() return -b end, function() return t .. "" end,
  function() return "" .. b end, function() return n .. n end, function() return #b end,
  function() return #n end, function() return t < 1 end, function() return 1 < t end,
  function() return s < 1 end, function() return b < b end, function() return n < n end,
  function() return t <= t end, function() return s >= t end, function() return print > print end,
  function() return t.a.b end, function() return t.x + t.y end, function() return s.x.y end,
}
for i, f in ipairs(ops) do print(i, select(2, pcall(f))) end
print(pcall(function() return 1 + nil end))
print(pcall(function() local one = 1 return one + nil end))
print(pcall(function() return math.pi + {} end))
print(pcall(function() return ("10") + ("x") end))
print(pcall(function() return 10 .. {} end))
print(pcall(function() return 2 ^ "x" end))
