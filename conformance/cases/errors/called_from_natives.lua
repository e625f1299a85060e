-- dialects: 5.1 5.2 5.3 5.4 5.5
-- functions that natives call (tostring's __tostring, sort's comparator, __index): tracebacks and errors
local mt = {__tostring = function() return debug.traceback("ts", 1) end}
print(tostring(setmetatable({}, mt)))
table.sort({3, 2, 1}, function(a, b) if a == 3 and b == 2 then print(debug.traceback("cmp", 1)) end return a < b end)
local t = setmetatable({}, {__index = function(t, k) return debug.traceback("idx", 1) end})
print(t.x)
print(select(2, pcall(string.format, "%s", setmetatable({}, {__tostring = function() error("in ts") end}))))
print(select(2, xpcall(function() local x = nil; return x.y end, debug.traceback)))
print(pcall(tostring, setmetatable({}, {__tostring = function() return 1 end})))
print(pcall(function() return tostring(setmetatable({}, {__tostring = function() return true end})) end))
print(pcall(function() return tostring(setmetatable({}, {__tostring = function() error("e1") end})) end))
print(pcall(function() return tostring(setmetatable({}, {__tostring = function() error("e2", 2) end})) end))
print(tostring(setmetatable({}, {__name = "My"})):match("^My"))
