-- dialects: 5.1 5.2 5.3 5.4 5.5
-- while and repeat: conditions, locals visible in 'until', break
local i = 0
while i < 5 do i = i + 1 end
print(i)
while false do print("never") end
local r = 0
repeat r = r + 1 until r >= 3
print(r)
repeat local x = 10 until x == 10
print("repeat scope ok")
local n = 0
repeat
  local done = n >= 4
  n = n + 1
until done
print(n)
local out = {}
local k = 10
while true do
  k = k - 3
  if k < 0 then break end
  out[#out + 1] = k
end
print(table.concat(out, ","))
local j = 0
repeat
  j = j + 1
  if j == 3 then break end
until false
print(j)
local w = 0
while w < 100 do
  w = w + 1
  if w % 7 == 0 and w % 5 == 0 then break end
end
print(w)
local nested = 0
for a = 1, 3 do
  local b = 0
  while true do
    b = b + 1
    if b > a then break end
    nested = nested + 1
  end
end
print(nested)
local fns = {}
local c = 0
repeat
  c = c + 1
  local captured = c
  fns[c] = function() return captured end
until captured == 3
print(fns[1](), fns[2](), fns[3]())
local cond = 0
while cond ~= nil and cond < 3 do cond = cond + 1 end
print(cond)
local truthy = 0
while truthy do truthy = truthy + 1 if truthy > 2 then truthy = false end end
print(truthy)
local s = ""
local idx = 5
repeat s = s .. idx idx = idx - 1 until idx == 0
print(s)
local zero = 0
while 0 do zero = zero + 1 if zero == 2 then break end end
print(zero, "0 is true")
local emptystr = 0
while "" do emptystr = emptystr + 1 break end
print(emptystr, "empty string is true")
local deep = 0
for a = 1, 3 do for b = 1, 3 do for c2 = 1, 3 do deep = deep + 1 if c2 == 2 then break end end end end
print(deep)
