-- dialects: 5.2 5.3 5.4 5.5
-- goto continue in loops, nested loop exits, labels at block ends
for i = 1, 10 do
  if i % 2 == 0 then goto continue end
  io.write(i, " ")
  ::continue::
end
print()
local i = 0
while i < 10 do
  i = i + 1
  if i % 3 ~= 0 then goto next end
  io.write(i, " ")
  ::next::
end
print()
local found
for a = 1, 5 do
  for b = 1, 5 do
    if a * b == 12 then found = a .. "x" .. b goto done end
  end
end
::done::
print(found)
local n = 0
::top::
n = n + 1
if n < 5 then goto top end
print(n)
local r = 0
repeat
  r = r + 1
  if r == 2 then goto cont end
  io.write("r", r, " ")
  ::cont::
until r >= 4
print()
do
  goto skip
  print("never printed")
  ::skip::
end
print("after skip")
for k, v in ipairs({"a", "b", "c", "d"}) do
  if v == "b" then goto c2 end
  if v == "d" then break end
  io.write(v, " ")
  ::c2::
end
print()
local function f(x)
  if x > 0 then goto pos end
  do return "non-positive" end
  ::pos::
  return "positive"
end
print(f(1), f(-1))
local out = {}
for x = 1, 3 do
  for y = 1, 3 do
    if y == 2 then goto next_y end
    if x == 2 then goto next_x end
    out[#out + 1] = x .. y
    ::next_y::
  end
  ::next_x::
end
print(table.concat(out, " "))
local count = 0
do
  ::a:: count = count + 1
  if count < 3 then goto a end
end
print(count)
