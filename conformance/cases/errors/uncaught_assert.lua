-- dialects: 5.1 5.2 5.3 5.4 5.5
-- uncaught assertion failure with a message, from inside a method call
local Obj = {}
Obj.__index = Obj
function Obj:check(v) assert(v > 0, "value must be positive") return v end
local o = setmetatable({}, Obj)
print(o:check(1))
io.stdout:flush()
o:check(-1)
