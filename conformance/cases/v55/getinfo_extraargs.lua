-- dialects: 5.5
-- debug.getinfo(level, "t").extraargs: objects a __call chain added, none for tail calls
local t = setmetatable({}, {__call = function(self, a) local i = debug.getinfo(1, "t") return i.extraargs, a end})
print(t(5))
local u = setmetatable({}, {__call = t})
print((select(2, pcall(u, 7))))
local function f() return debug.getinfo(1, "t").extraargs end
print(f())
print(coroutine.wrap(function() return t(9) end)())
local function g() return t(9) end
print(g())
