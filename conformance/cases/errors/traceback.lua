-- dialects: 5.1 5.2 5.3 5.4 5.5
-- debug.traceback: first lines only, messages, non-string messages, levels
local tb = debug.traceback()
print((tb:match("^[^\n]*")))
print((debug.traceback("msg"):match("^[^\n]*")))
print((debug.traceback("msg", 1):match("^([^\n]*)\n")))
print(debug.traceback(42))
print(type(debug.traceback({})))
print(debug.traceback(nil))
local t = {}
print(debug.traceback(t) == t)
local function inner() return debug.traceback("in inner", 1) end
local function outer() return inner() end
local lines = {}
for l in outer():gmatch("[^\n]+") do lines[#lines + 1] = l end
print(lines[1], lines[2])
print(lines[3])
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
local ctb = debug.traceback(co, "co msg")
print((ctb:match("^[^\n]*")), (select(2, ctb:gsub("\n", "\n"))) >= 2)
print((debug.traceback(co):match("^[^\n]*")))
local x = xpcall(function() error("E") end, function(m) print((debug.traceback(m, 2):match("^[^\n]*"))) return m end)
print(x)
print((debug.traceback("", 1):match("^[^\n]*")) == "")
local second
local function lvl2() second = debug.traceback("L", 2) end
lvl2()
local sl = {}
for l in second:gmatch("[^\n]+") do sl[#sl + 1] = l end
print(sl[1], sl[2], sl[3])
