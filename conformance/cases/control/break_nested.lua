-- dialects: 5.1 5.2 5.3 5.4 5.5
-- break exits only the innermost loop; break inside if/do blocks; loops after break
local log = {}
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then break end
    log[#log + 1] = i .. j
  end
end
print(table.concat(log, " "))
log = {}
local i = 0
while true do
  i = i + 1
  do
    if i > 3 then break end
  end
  log[#log + 1] = i
end
print(table.concat(log, " "), i)
log = {}
for k = 1, 10 do
  repeat
    if k % 2 == 0 then break end
    log[#log + 1] = k
  until true
end
print(table.concat(log, " "))
local found
for _, row in ipairs({{1, 2}, {3, 4}, {5, 6}}) do
  for _, v in ipairs(row) do
    if v == 4 then found = v break end
  end
  if found then break end
end
print(found)
local n = 0
repeat
  n = n + 1
  local inner = 0
  while inner < 10 do
    inner = inner + 1
    if inner == n then break end
  end
until n >= 3
print(n)
local function findFirst(t, pred) for i, v in ipairs(t) do if pred(v) then return i, v end end return nil end
print(findFirst({5, 8, 12}, function(v) return v > 6 end))
print(findFirst({}, function() return true end))
for x = 1, 3 do if x == 2 then break end print("x", x) end
local w = 0
while w < 5 do w = w + 1 if w == 2 then goto_skip = true end end
print(w, goto_skip)
goto_skip = nil
