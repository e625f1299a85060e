-- dialects: 5.1
-- 5.1 specifics: getfenv/setfenv levels, unpack/loadstring globals, math.mod, string.gfind, table.getn
print(type(getfenv), type(setfenv), type(unpack), type(loadstring), type(math.mod), type(string.gfind))
print(type(table.getn), type(table.setn), type(table.maxn), type(math.log10), type(gcinfo), type(newproxy))
print(table.getn({ 1, 2, 3 }), table.maxn({ [10] = 1, 3 }), math.mod(7, 3), math.log10(1000))
local f = function() return x end
setfenv(f, { x = "from env" })
print(f(), getfenv(f).x, getfenv(0) == _G, getfenv(1) == _G)
local function lvl() return getfenv(2) end
local function caller() local r = lvl() return r end
setfenv(caller, { lvl = lvl })
print(caller() ~= _G)
print(pcall(setfenv, 1, {}))
print(pcall(setfenv, print, {}))
print(pcall(getfenv, -1))
print(pcall(setfenv, f, 42))
local out = {}
for w in string.gfind("a b c", "%a") do out[#out + 1] = w end
print(table.concat(out))
print(pcall(table.setn, {}, 3))
local p = newproxy(true)
getmetatable(p).__index = function(_, k) return k .. "!" end
print(type(p), p.hi)
print(type(newproxy(false)), getmetatable(newproxy(false)))
local p2 = newproxy(p)
print(getmetatable(p2) == getmetatable(p))
print(string.format("%5.2s|", "abc"), select("#", unpack({ 1, 2, nil, 4 })))
print(loadstring("return 1 + 1")())
print(math.fmod(-6, 4), math.mod(-6, 4), -6 % 4)
