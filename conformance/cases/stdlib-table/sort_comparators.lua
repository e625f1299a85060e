-- dialects: 5.1 5.2 5.3 5.4 5.5
-- table.sort: comparators, multi-key orders, errors from comparisons and bad arguments
local function show(t) local o = {} for i = 1, #t do o[i] = tostring(t[i]) end return table.concat(o, " ") end
local t = { 5, 3, 8, 1, 9, 2, 7, 4, 6, 0 }
table.sort(t) print(show(t))
table.sort(t, function(a, b) return a > b end) print(show(t))
local words = { "pear", "Apple", "fig", "banana", "kiwi", "Cherry", "date" }
table.sort(words) print(show(words))
table.sort(words, function(a, b) return a:lower() < b:lower() end) print(show(words))
table.sort(words, function(a, b) if #a ~= #b then return #a < #b end return a < b end) print(show(words))
local recs = {}
for i, n in ipairs({ "d", "b", "a", "c", "b", "a", "d" }) do recs[i] = { name = n, id = i } end
table.sort(recs, function(x, y) if x.name ~= y.name then return x.name < y.name end return x.id > y.id end)
local o = {} for i, r in ipairs(recs) do o[i] = r.name .. r.id end print(table.concat(o, " "))
local mixed = { 3, 1.5, -2, 2^40, 0.25, -0.0, 10 }
table.sort(mixed) print(show(mixed))
table.sort({}) table.sort({ 1 }) print("empty and single ok")
local function try(f) local ok, e = pcall(f) print(ok, type(e) == "table" and "table code " .. e.code or e) end
try(function() table.sort({ 1, "x", 2 }) end)
try(function() table.sort({ {}, {} }) end)
try(function() table.sort({ 1, nil, 3 }) end)
try(function() table.sort({ 3, 2, 1 }, 42) end)
try(function() table.sort("abc") end)
try(function() table.sort({ 3, 2, 1 }, function(a, b) return a.x < b end) end)
try(function() table.sort({ 3, 2, 1 }, function(a, b) error("cmp failed") end) end)
try(function() table.sort({ 3, 2, 1 }, function(a, b) error({ code = 1 }) end) end)
local calls = 0
table.sort({ 4, 3, 2, 1 }, function(a, b) calls = calls + 1 return a < b end)
print(calls > 0, calls < 20)
local s2 = { 5, 1, 4 }
table.sort(s2, function(a, b) return nil end) print(#s2)
local st = setmetatable({}, { __lt = function(a, b) return a.v < b.v end })
local objs = {}
for i, v in ipairs({ 3, 1, 2 }) do objs[i] = setmetatable({ v = v }, getmetatable(st)) end
table.sort(objs) print(objs[1].v, objs[2].v, objs[3].v)
local bools = { true, false }
try(function() table.sort(bools) end)
local big = {}
for i = 1, 90 do big[i] = (i * 37) % 91 end
table.sort(big)
local okorder = true
for i = 2, #big do if big[i - 1] > big[i] then okorder = false end end
print(okorder, big[1], big[90])
