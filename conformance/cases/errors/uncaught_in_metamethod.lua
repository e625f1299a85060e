-- dialects: 5.1 5.2 5.3 5.4 5.5
-- an uncaught error raised inside an __index metamethod called from a method call
local proxy = setmetatable({}, { __index = function(t, k) error("no field " .. k) end })
local obj = {}
function obj:run() return proxy.missing end
print("calling")
obj:run()
