-- dialects: 5.1 5.2 5.3 5.4 5.5
-- a metatable's __name in error messages (5.3+), operators and library arguments
local o = setmetatable({}, {__name = "MyType"})
print(pcall(string.rep, o, 2))
print(pcall(math.floor, o))
print(pcall(function() return o .. "x" end))
print(pcall(function() return #o + 1 end))
print(pcall(function() for i = 1, o do end end))
print(pcall(ipairs))
print(pcall(setmetatable, 1, o))
