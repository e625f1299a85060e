-- dialects: 5.1 5.2 5.3 5.4 5.5
-- argument errors name the function called, not a call among its arguments
local function two() return 1, 2 end
print(select('#', two()), select(2, two()))
local t = {two(), two()}
print(#t, string.format("%d %d", two()))
print(pcall(function() local x = string.rep(tostring(1)) return x end))
print(pcall(function() local x = ("x"):rep(tostring(nil)) return x end))
print(pcall(function() local x = math.max(string.byte("abc", 1, -1)) return x end))
print(pcall(function() return string.rep(tostring(1)) end))
print(pcall(function() local s = string.format("%d", tostring("x")) return s end))
