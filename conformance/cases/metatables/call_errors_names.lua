-- dialects: 5.1 5.2 5.3 5.4 5.5
-- calling a value whose __call is not callable, in a tail call and not: position, name, type
print(pcall(function() local x = setmetatable({}, {__call = 5}) return x() end))
print(pcall(function() local x = setmetatable({}, {__call = 5}) local r = x() return r end))
local y = setmetatable({}, {__call = setmetatable({}, {__call = 7})})
print(pcall(function() return y() end))
print(pcall(function() local r = y() return r end))
print(pcall(function() local t = {} return t() end))
print(pcall(function() local t = {} local r = t() return r end))
local fn = function(...) local t = {...} for i = 1, #t do t[i] = type(t[i]) end return table.concat(t, ",") end
local t2 = setmetatable({}, {__call = fn})
local y = setmetatable({}, {__call = t2})
print(pcall(y, 1, "a"))
local z = setmetatable({}, {__call = fn})
print(z(1))
print((function() return y(2) end)())
