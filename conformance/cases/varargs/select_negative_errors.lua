-- dialects: 5.1 5.2 5.3 5.4 5.5
-- select with counts, negative indices, out-of-range indices and bad arguments
local function show(...) local t = { ... } local n = select("#", ...) for i = 1, n do t[i] = tostring(t[i]) end return n .. ":" .. table.concat(t, ",", 1, n) end
print(select("#"), select("#", nil), select("#", nil, nil), select("#", 1, nil, 3, nil))
print(show(select(1, "a", "b", "c")), show(select(2, "a", "b", "c")), show(select(3, "a", "b", "c")))
print(show(select(4, "a", "b", "c")), show(select(100, "a")))
print(show(select(-1, "a", "b", "c")), show(select(-2, "a", "b", "c")), show(select(-3, "a", "b", "c")))
local function try(f) local ok, e = pcall(f) print(ok, e) end
try(function() return select(-4, "a", "b", "c") end)
try(function() return select(0, "a") end)
try(function() return select(0) end)
try(function() return select(-1) end)
try(function() return select("x", 1) end)
try(function() return select(nil, 1) end)
try(function() return select() end)
try(function() return select(1.5, "a", "b") end)
print(show(select(2.0, "a", "b")), show(select("2", "a", "b")), show(select(" 2 ", "a", "b")))
print(select("#", select(2, nil, nil, nil)))
local function tail(...) return select(2, ...) end
print(show(tail(1, 2, 3)), show(tail(1)), show(tail()))
local function last(...) local n = select("#", ...) if n == 0 then return nil end return (select(n, ...)) end
print(last(1, 2, 3), last(nil), last(1, nil), last())
local many = {}
for i = 1, 250 do many[i] = i end
local unpack = table.unpack or unpack
print(select("#", unpack(many)), (select(250, unpack(many))), (select(-250, unpack(many))))
print(select("#", select(-1, unpack(many))))
