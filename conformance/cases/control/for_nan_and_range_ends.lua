-- dialects: 5.1 5.2 5.3 5.4 5.5
-- numeric for: NaN start, limit and step; integer loops reaching the integer range's ends
local n = 0
for i = 1, 0/0, -1 do n = n + 1 io.write(tostring(i), ' ') if n > 3 then break end end print()
n = 0
for i = 1, 0/0, 1 do n = n + 1 io.write(tostring(i), ' ') if n > 3 then break end end print()
n = 0
for i = 1, -(0/0), -1 do n = n + 1 io.write(tostring(i), ' ') if n > 3 then break end end print()
for i = 0/0, 1 do io.write(tostring(i), ' ') end print()
for i = 1.0, 0/0 do io.write(tostring(i), ' ') end print()
for i = 1.0, 2, 0/0 do io.write(tostring(i), ' ') end print()
for i = 3, 1, 0/0 do io.write(tostring(i), ' ') end print()
n = 0
for i = (math.maxinteger or 2^53) - 1, (math.maxinteger or 2^53) do n = n + 1 io.write(tostring(i), ' ') if n > 3 then break end end print()
n = 0
for i = (math.mininteger or -2^53) + 1, (math.mininteger or -2^53), -1 do n = n + 1 io.write(tostring(i), ' ') if n > 3 then break end end print()
n = 0
for i = (math.maxinteger or 2^53) - 5, (math.maxinteger or 2^53), 4 do n = n + 1 io.write(tostring(i), ' ') if n > 3 then break end end print()
