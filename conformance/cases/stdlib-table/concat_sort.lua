-- dialects: 5.1 5.2 5.3 5.4 5.5
-- table.concat with ranges and numbers; table.sort with/without comparators and errors
print(table.concat({}), table.concat({}, ","), table.concat({"a"}, ","))
print(table.concat({1, 2, 3}, ", "), table.concat({1, 2.5, "x"}, ""))
print(table.concat({"a", "b", "c", "d"}, "-", 2, 3), table.concat({"a", "b"}, "-", 3))
print(table.concat({"a", "b"}, "-", 2, 1) == "", table.concat({[0] = "z", "a"}, ",", 0, 1))
print(pcall(table.concat, {"a", nil, "c"}, ",", 1, 3))
print(pcall(table.concat, {{}}))
print(pcall(table.concat, {"a", true}))
print(pcall(table.concat, {}, {}))
print(pcall(table.concat, {1, 2}, ",", 1, 5))
print(table.concat({1, 2, 3}, 0))
local t = {5, 2, 8, 1, 9, 3}
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local words = {"banana", "Apple", "cherry", "apple"}
table.sort(words)
print(table.concat(words, " "))
table.sort(words, function(a, b) return a:lower() < b:lower() end)
print(words[1]:lower(), words[3], words[4])
local mixed = {3, 1.5, 2, -1, 0.5}
table.sort(mixed)
print(table.concat(mixed, " "))
print(pcall(table.sort, {1, "x", 2}))
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort, {1, 2, 3}, function(a, b) return true end))
local bad = {}
for i = 1, 100 do bad[i] = (i * 37) % 101 end
local ok, err = pcall(table.sort, bad, function(a, b) return true end)
print(ok, err)
local recs = {{n = "b", v = 2}, {n = "a", v = 1}, {n = "c", v = 3}}
table.sort(recs, function(x, y) return x.v < y.v end)
print(recs[1].n, recs[2].n, recs[3].n)
local one = {1}
table.sort(one)
print(one[1])
local empty = {}
table.sort(empty)
print(#empty)
local big = {}
for i = 1, 1000 do big[i] = (i * 7919) % 1000 end
table.sort(big)
local sorted = true
for i = 2, #big do if big[i - 1] > big[i] then sorted = false end end
print(sorted, big[1], big[1000])
print(pcall(table.sort, {3, 2, 1}, "notfn"))
local withNil = {3, nil, 1}
print(pcall(table.sort, withNil))
local strnum = {"10", "9", "100"}
table.sort(strnum)
print(table.concat(strnum, " "))
table.sort(strnum, function(a, b) return tonumber(a) < tonumber(b) end)
print(table.concat(strnum, " "))
local errc = pcall(table.sort, {3, 2, 1}, function(a, b) error("cmp error") end)
print(errc)
print(pcall(table.sort, {3, 2, 1}, function(a, b) error("cmp error") end))
