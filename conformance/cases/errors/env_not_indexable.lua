-- dialects: 5.2 5.3 5.4 5.5
-- errors indexing a non-table _ENV name _ENV (local or upvalue), not the global
print(pcall(function() local _ENV = nil return anything end))
print(pcall(function() local _ENV = 5 x = 1 end))
local function f() local _ENV = nil return function() return y end end
print(pcall(f()))
print(pcall(function() local _ENV = {} return print end))
print(pcall(function() return undefinedglobal.field end))
print(pcall(function() undefinedglobal.field = 1 end))
print(pcall(function() local t = setmetatable({}, {__index = function() error("deep") end}) local _ENV = t return zz end))
