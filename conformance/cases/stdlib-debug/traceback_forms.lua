-- dialects: 5.1 5.2 5.3 5.4 5.5
-- debug.traceback with messages, levels, non-string messages and threads
local function lvl3() return debug.traceback("msg", 1) end
local function lvl2() return lvl3() end
local function lvl1() return lvl2() end
print(lvl1())
print(debug.traceback("level 2", 2))
print(debug.traceback(42))
print(type(debug.traceback({})), debug.traceback(nil))
print(debug.traceback("", 1))
print(debug.traceback("no levels", 50))
local co = coroutine.create(function() local x = 1 coroutine.yield() end)
coroutine.resume(co)
print(debug.traceback(co))
print(debug.traceback(co, "thread msg"))
print(debug.traceback(co, "thread msg", 1))
local dead = coroutine.create(function() error("x") end)
coroutine.resume(dead)
print(debug.traceback(dead, "dead"))
print(select("#", debug.traceback()))
local t = setmetatable({}, { __index = function() return debug.traceback("in index") end })
print(t.x)
