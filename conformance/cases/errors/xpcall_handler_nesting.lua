-- dialects: 5.1 5.2 5.3 5.4 5.5
-- a message handler that raises errors is called again for them
print(xpcall(error, function(m) error(m) end))
local n = 0
print(xpcall(error, function(m) n = n + 1 error("again") end), n > 10)
print(xpcall(function() error({}) end, function(m) return type(m) end))
print(xpcall(function() local x = nil; return x.y end, function(m) n = 0 if type(m) == "string" and not m:find("^H") then error("H" .. m, 0) end return m end))
