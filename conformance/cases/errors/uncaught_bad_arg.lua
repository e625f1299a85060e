-- dialects: 5.1 5.2 5.3 5.4 5.5
-- uncaught "bad argument" error from a library function called through a local alias
local rep = string.rep
print(rep("ab", 2))
io.stdout:flush()
print(rep({}, 2))
