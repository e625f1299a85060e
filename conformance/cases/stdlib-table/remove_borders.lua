-- dialects: 5.1 5.2 5.3 5.4 5.5
-- table.remove at #t+1 and 0 for empty tables, insert at #t+1
local t = {1, 2, 3}
print(table.remove(t, #t + 1), #t)
print(table.remove(t, 3), #t)
local e = {}
print(table.remove(e, 0), table.remove(e, #e), table.remove(e, #e + 1), #e)
local z = {[0] = "z"}
print(table.remove(z, 0), z[0], #z)
local h = {n = "x"}
h[1] = "a"
print(table.remove(h), table.remove(h), #h)
local ins = {}
table.insert(ins, #ins + 1, "a")
table.insert(ins, 1, "b")
table.insert(ins, #ins + 1, "c")
print(table.concat(ins, ","))
local r = {"a", "b", "c", "d", "e"}
local removed = {}
while #r > 0 do removed[#removed + 1] = table.remove(r, math.floor(#r / 2) + 1) end
print(table.concat(removed, ""))
local stack = {}
for i = 1, 5 do table.insert(stack, i) end
local popped = {}
while #stack > 0 do popped[#popped + 1] = table.remove(stack) end
print(table.concat(popped, ""))
local queue = {}
for i = 1, 5 do table.insert(queue, i) end
local dq = {}
while #queue > 0 do dq[#dq + 1] = table.remove(queue, 1) end
print(table.concat(dq, ""))
