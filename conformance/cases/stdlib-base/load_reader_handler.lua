-- dialects: 5.1 5.2 5.3 5.4 5.5
-- an error raised in a load reader goes through the active message handler before load returns it:
-- xpcall's, the standalone interpreter's (a traceback); none inside pcall or a coroutine
local h = function(m) return "H(" .. (type(m) == "table" and "<table>" or tostring(m)) .. ")" end
print(xpcall(function() return load(function() error("r1") end) end, h))
print(xpcall(function() return load(function() return {} end) end, h))
print(xpcall(function() return pcall(load, function() error("r2") end) end, h))
print(xpcall(function() return pcall(function() return load(function() error("r3") end) end) end, h))
print(xpcall(function() return coroutine.wrap(function() return load(function() error("r4") end) end)() end, h))
print(xpcall(function() return load(function() error({}) end) end, h))
print(xpcall(function() return load(function() error() end) end, h))
print(xpcall(function() return load(function() local x = nil; return x.y end) end, h))
print(load(function() error("top", 0) end))
print(xpcall(function() return load(function() error("ok", 0) end) end, function(m) error("in handler") end))
local n = 0
print(xpcall(function() return load(function() n = n + 1 if n == 1 then return "return 1" end error("second") end) end, h))
local function show(...) local t = {n = select("#", ...), ...} for i = 1, t.n do t[i] = type(t[i]) == "table" and "<table>" or tostring(t[i]) end return table.concat(t, " | ", 1, t.n) end
print(show(load(function() error({}) end)))
print(show(load(function() error() end)))
print(show(load(function() error(42) end)))
print(show(load(function() error(setmetatable({}, {__tostring = function() return "TS" end})) end)))
print(show(load(function() error(setmetatable({}, {__tostring = function() return 7 end})) end)))
print(show(coroutine.wrap(function() return load(function() error("in co") end) end)()))
local function deep(n) if n == 0 then return load(function() error("deep") end) end local a, b = deep(n - 1) return a, b end
print(show(deep(25)))
print(show(pcall(load, function() error("p") end)))
