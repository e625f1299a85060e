-- dialects: 5.2 5.3 5.4 5.5
-- functions loaded from stripped binary chunks: no positions, no variable names
local strip = string.dump(function() error("stripped?") end, true)
print(pcall(load(strip)))
local f = load(string.dump(function() local t = nil return t.x end, true))
print(pcall(f))
print(debug.getinfo(f, "S").short_src, debug.getinfo(f, "l").currentline)
local g = load(string.dump(function() return debug.getinfo(1, "l").currentline end, true))
print(g())
print(pcall(load(string.dump(function() error("lvl2", 2) end, true))))
