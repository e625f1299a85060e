-- dialects: 5.1 5.2 5.3 5.4 5.5
-- table.pack's n field, unpack with explicit ranges and nils, and limits
local pack = table.pack or function(...) return { n = select("#", ...), ... } end
local unpack = table.unpack or unpack
local p = pack()
print(p.n, #p)
p = pack(nil, nil)
print(p.n, p[1], p[2])
p = pack(1, nil, 3, nil)
print(p.n, p[1], p[2], p[3], p[4])
print(unpack({ 1, 2, 3 }))
print(unpack({ 1, 2, 3 }, 2))
print(unpack({ 1, 2, 3 }, 2, 5))
print(unpack({ 1, 2, 3 }, -1, 1))
print(select("#", unpack({}, 1, 0)), select("#", unpack({}, 5, 4)), select("#", unpack({}, 1, 3)))
print(unpack({ [0] = "zero", "one" }, 0, 1))
print(unpack({ n = 3, 1, 2 }, 1, 3))
print(unpack(p, 1, p.n))
print(select("#", unpack({ 1, nil, 3 }, 1, 3)))
local function try(f) local ok, e = pcall(f) print(ok, e) end
try(function() return unpack({}, 1, 1e8) end)
try(function() return unpack({}, 1, 2^31) end)
try(function() return unpack({}, -2^31, 2^31) end)
try(function() return unpack({}, math.mininteger or -2^53, math.maxinteger or 2^53) end)
try(function() return unpack(nil) end)
try(function() return unpack({}, "a") end)
try(function() return unpack({}, 1.5) end)
try(function() return select("#", unpack({}, 2, "3")) end)
local proxy = setmetatable({}, { __index = function(_, i) return i * 2 end })
print(unpack(proxy, 1, 4))
local lenproxy = setmetatable({}, { __len = function() return 3 end, __index = function(_, i) return "i" .. i end })
print(unpack(lenproxy))
local t = {}
for i = 1, 200 do t[i] = i end
print(select("#", unpack(t)), (select(200, unpack(t))))
