-- dialects: 5.1 5.2 5.3 5.4 5.5
-- table.insert/remove at edge positions and with bad positions
local function show(t) local o = {} for i = 1, #t do o[i] = tostring(t[i]) end return "{" .. table.concat(o, ",") .. "} #" .. #t end
local t = {}
table.insert(t, "a")
table.insert(t, 1, "b")
table.insert(t, #t + 1, "c")
table.insert(t, 2, "d")
print(show(t))
print(table.remove(t), show(t))
print(table.remove(t, 1), show(t))
print(table.remove(t, #t), show(t))
print(table.remove(t), show(t))
print(table.remove(t), show(t))
print(table.remove({}), select("#", table.remove({})))
print(table.remove({}, 0), table.remove({}, 1))
print(pcall(table.remove, {}, 2))
print(pcall(table.remove, {1, 2, 3}, 5))
print(pcall(table.remove, {1, 2, 3}, 4))
print(pcall(table.remove, {1, 2, 3}, 0))
print(pcall(table.remove, {1, 2, 3}, -1))
print(pcall(table.insert, {1, 2, 3}, 5, "x"))
print(pcall(table.insert, {1, 2, 3}, 0, "x"))
print(pcall(table.insert, {1, 2, 3}, -1, "x"))
print(pcall(table.insert, {1, 2, 3}, 4, "x"))
print(pcall(table.insert, {}, 1.5, "x"))
print(pcall(table.insert, {}, "2", "x"))
print(pcall(table.insert, {}))
print(pcall(table.insert, {}, 1, 2, 3))
print(pcall(table.insert, nil, 1))
print(pcall(table.insert, "str", 1))
local n = {n = 1}
table.insert(n, nil)
print(#n, n[1])
local z = {[0] = "zero"}
print(table.remove(z, 0), z[0])
local big = {}
for i = 1, 10 do table.insert(big, 1, i) end
print(show(big))
for i = 1, 5 do table.remove(big, 1) end
print(show(big))
local proxy = setmetatable({}, {__index = function(_, i) return i <= 3 and i * 10 or nil end, __len = function() return 3 end})
print(pcall(table.insert, proxy, "x"))
print(rawget(proxy, 4), rawget(proxy, 1))
local logged = {}
local mtt = setmetatable({}, {__newindex = function(t, k, v) logged[#logged + 1] = k rawset(t, k, v) end})
table.insert(mtt, "a")
table.insert(mtt, "b")
print(table.concat(logged, ","))
print(table.remove({"only"}), table.remove({"x", "y"}, 1))
