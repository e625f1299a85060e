-- dialects: 5.3 5.4 5.5
-- which operand 'number has no integer representation' names
local x = 1.5
print(pcall(function() return ~x end))
print(pcall(function() return x | 1 end))
print(pcall(function() return 1 | x end))
print(pcall(function() local t = {f = 2.5} return t.f ~ x end))
print(pcall(function() return "1.5" | 0 end))
print(pcall(function() return 1 | "2.5" end))
print(pcall(function() return "abc" | 1 end))
print(pcall(function() return x << 2^63 end))
print(pcall(function() return math.huge & math.pi end))
