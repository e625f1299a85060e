-- dialects: 5.1 5.2 5.3 5.4 5.5
-- an uncaught error with a table value that has __tostring, and one without
print("start")
io.stdout:flush()
local obj = setmetatable({}, {__tostring = function() return "custom error object" end})
error(obj)
