-- dialects: 5.1 5.2 5.3 5.4 5.5
-- debug.setmetatable on numbers, booleans, nil and functions: indexing, calling and arithmetic
local function try(f) local ok, e = pcall(f) print(ok, e) end
debug.setmetatable(0, { __index = function(n, k) return k .. ":" .. n end, __call = function(n, a) return n * a end })
print((5).hello, (2.5).x, (7)(6))
local num = 3
print(num.field, num(10))
try(function() return ("x") + num end)
debug.setmetatable(0, { __concat = function(a, b) return "cat" end })
print(1 .. {}, pcall(function() return 1 .. nil end))
debug.setmetatable(0, nil)
try(function() return (5).hello end)
print(getmetatable(5))
debug.setmetatable(true, { __index = { yes = "indeed" }, __len = function() return 1 end, __unm = function(b) return not b end })
print((true).yes, (false).yes, #true, -true, -false)
debug.setmetatable(true, nil)
try(function() return #true end)
debug.setmetatable(nil, { __index = function(_, k) return "nil." .. k end })
local z
print(z.anything, (nil).x)
try(function() z.x = 1 end)
debug.setmetatable(nil, nil)
try(function() return z.anything end)
debug.setmetatable(print, { __index = { name = "fn" }, __concat = function() return "fcat" end })
print(print.name, (function() end).name, print .. "x")
debug.setmetatable(print, nil)
try(function() return print.name end)
print(getmetatable(print), getmetatable(true), getmetatable(nil))
