-- dialects: 5.5
-- named vararg tables: what '...' reads after the table changes, and the checks on n
local function f(...t) t.n = 2.0 return ... end
print(pcall(f, 1, 2, 3))
print(pcall(function(...t) t.n = 2^30 return select('#', ...) end))
print(pcall(function(...t) t.n = 2^30-1 return select('#', ...) end))
print(pcall(function(...t) t.n = 1000000 return select('#', ...) end))
print(pcall(function(...t) t.n = nil return ... end))
print(pcall(function(...t) t[2] = 'x' t.n = 2 local a, b = ... return a, b, select('#', ...) end, 1))
print(pcall(function(...t) setmetatable(t, {__index=function() return 'mi' end}) t.n = 3 return ... end, 1))
print(pcall(function(...t) local g = function() return t end t.n = 3 return ... end, 1))
print(pcall(function(...t) local x = t t.n = 3 return ... end, 1))
local function sel(...t) t[1] = 'q' return select(1, ...) end
print(sel('a'))
