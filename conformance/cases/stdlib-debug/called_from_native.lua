-- dialects: 5.1 5.2 5.3 5.4 5.5
-- a function called by string.gsub: its name and the traceback's C level
local t = setmetatable({}, {__index = function(t, k) return debug.getinfo(1, "n").name end})
print(t.x)
print(string.gsub("a", "a", function() return debug.getinfo(1, "n").name end))
print(pcall(function() return debug.getinfo(1, "n").name end))
print(select(2, pcall(string.gsub, "a", "a", function() return debug.traceback("tb", 1) end)))
