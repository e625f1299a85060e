-- dialects: 5.4 5.5
-- 5.4 integer for loops: overflow-safe near maxinteger, float loops, precomputed counts
local max, min = math.maxinteger, math.mininteger
local t = {}
for i = max - 2, max do t[#t + 1] = i end
print(#t, t[1], t[#t])
t = {}
for i = min + 2, min, -1 do t[#t + 1] = i end
print(#t, t[1], t[#t])
t = {}
for i = max - 10, max, 5 do t[#t + 1] = i end
print(#t, table.concat(t, " "))
t = {}
for i = 1, 3.5 do t[#t + 1] = math.type(i) end
print(table.concat(t, " "))
t = {}
for i = 1.0, 3 do t[#t + 1] = tostring(i) end
print(table.concat(t, " "))
t = {}
for i = 1, 2, 0.5 do t[#t + 1] = tostring(i) end
print(table.concat(t, " "))
local count = 0
for i = 1, 0 do count = count + 1 end
print(count)
count = 0
for i = min, min + 2 do count = count + 1 end
print(count)
count = 0
for i = 0, max, max // 2 do count = count + 1 end
print(count)
count = 0
for i = max, 0, min do count = count + 1 end
print(count)
count = 0
for i = 1, math.huge do count = count + 1 if count == 5 then break end end
print(count)
count = 0
for i = -1, -math.huge, -1 do count = count + 1 if count == 3 then break end end
print(count)
t = {}
for i = 3, 1.5, -1 do t[#t + 1] = i end
print(table.concat(t, " "))
print(pcall(function() for i = 1, 10, 0 do end end))
print(pcall(function() for i = 1.0, 10, 0.0 do end end))
count = 0
for i = 1, 2^53 + 10, 2^52 do count = count + 1 end
print(count)
t = {}
for i = max - 1, max + 0.0 do t[#t + 1] = i end
print(#t, t[1])
t = {}
for i = 0.1, 0.35, 0.1 do t[#t + 1] = string.format("%.2f", i) end
print(table.concat(t, " "))
count = 0
for i = min, min do count = count + 1 end
print(count)
for i = 5, 3 do print("never") end
print(pcall(function() for i = "1", 2 do end end))
