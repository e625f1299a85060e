-- dialects: 5.1 5.2 5.3 5.4 5.5
-- debug.setlocal on locals of chunks loaded after it ran (their text does not name it)
local function poke(level, i, v) return debug.setlocal(level + 1, i, v) end
local function first() local a = 1 poke(1, 1, 10) return a end
print(first())
local chunk = (loadstring or load)("local f = ... local v = 1 f() return v")
print(chunk(function() poke(2, 2, 42) end))
local chunk2 = (loadstring or load)("local n = 0 for i = 1, 3 do n = n + i end local g = ... g() return n")
print(chunk2(function() poke(2, 1, -1) end))
