-- dialects: 5.1 5.2 5.3 5.4 5.5
-- an uncaught error whose value is a table with __tostring: how the standalone interpreter reports it
print("before")
local obj = setmetatable({}, { __tostring = function() return "custom error object" end })
local function thrower() error(obj) end
thrower()
print("never")
