-- dialects: 5.1 5.2 5.3 5.4 5.5
-- an uncaught runtime error: message and traceback on stderr, exit status 1
print("before the error")
io.stdout:flush()
local function level3(t) return t.missing.field end
local function level2(t) return level3(t) end
function globalLevel1() return level2({}) end
globalLevel1()
print("never printed")
