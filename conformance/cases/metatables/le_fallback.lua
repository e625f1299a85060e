-- dialects: 5.1 5.2 5.3 5.4 5.5
-- __le absent: 5.1-5.3 try "not (b < a)" with __lt; 5.4+ raise an error
local calls = {}
local mt = {__lt = function(a, b) calls[#calls + 1] = a.n .. "<" .. b.n return a.n < b.n end}
local x = setmetatable({n = 1}, mt)
local y = setmetatable({n = 2}, mt)
print(pcall(function() return x <= y end))
print(pcall(function() return y <= x end))
print(pcall(function() return x >= y end))
print(pcall(function() return x <= x end))
print(table.concat(calls, " "))
print(x < y, y > x, calls[#calls])
local onlyLe = setmetatable({n = 1}, {__le = function(a, b) return "le-result" end})
local onlyLe2 = setmetatable({n = 2}, getmetatable(onlyLe))
print(onlyLe <= onlyLe2, onlyLe >= onlyLe2)
print(pcall(function() return onlyLe < onlyLe2 end))
local ltNum = setmetatable({}, {__lt = function(a, b) return true end})
print(pcall(function() return ltNum <= 5 end))
print(pcall(function() return 5 >= ltNum end))
