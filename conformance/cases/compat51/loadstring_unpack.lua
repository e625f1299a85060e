-- dialects: 5.1
-- loadstring, unpack, gcinfo, newproxy, math.mod, table.getn/setn, string.gfind
local f, e = loadstring("return 1 + 1")
print(f(), e)
print(loadstring("return +", "=chunk"))
print(loadstring("x =", "src"))
print(unpack({1, 2, 3}), unpack({1, 2, 3}, 2), unpack({1, 2, 3}, 2, 2))
print(type(gcinfo()), gcinfo() > 0)
local p = newproxy()
print(type(p), getmetatable(p))
local p2 = newproxy(true)
print(type(getmetatable(p2)))
getmetatable(p2).__index = function(_, k) return "proxy " .. k end
print(p2.field)
local p3 = newproxy(p2)
print(getmetatable(p3) == getmetatable(p2))
print(pcall(function(...) return select(1, newproxy(...)) end, {}))
print(math.mod(10, 3), math.mod(-10, 3), math.mod(10.5, 3))
print(table.getn({1, 2, 3}), table.getn({n = 5}))
print(pcall(table.setn, {}, 5))
local words = {}
for k, v in string.gfind("a=1, b=2", "(%w+)=(%w+)") do words[#words + 1] = k .. v end
print(table.concat(words, " "))
print(math.log10(100), math.ldexp(0.5, 3), math.frexp(12))
print(select("#", unpack({}, 1, 3)))
print(string.format("%5.2f", 3.14159))
print(#arg, type(arg))
local function old_vararg(...) return arg and arg.n end
print(old_vararg(1, 2, 3))
print(table.maxn({[1] = 1, [100] = 2}))
print(math.huge, -math.huge, math.floor(-3.5))
print(loadstring("return ...")(1, 2))
print(pcall(function(...) return select(1, loadstring(...)) end, nil))
