-- dialects: 5.2 5.3 5.4 5.5
-- loops built from goto: closures capture per-iteration locals; state machine with gotos
local fns = {}
local i = 1
::loop::
do
  local j = i
  fns[#fns + 1] = function() return j * j end
end
i = i + 1
if i <= 4 then goto loop end
local out = {}
for _, f in ipairs(fns) do out[#out + 1] = f() end
print(table.concat(out, " "))
local function machine(input)
  local pos, out = 1, {}
  ::start::
  if pos > #input then goto finish end
  do
    local c = input:sub(pos, pos)
    pos = pos + 1
    if c:match("%d") then out[#out + 1] = "D" goto start end
    if c:match("%a") then out[#out + 1] = "A" goto start end
    out[#out + 1] = "?"
    goto start
  end
  ::finish::
  return table.concat(out)
end
print(machine("a1b2!"), machine(""))
local n = 0
for k = 1, 3 do
  for m = 1, 3 do
    if m == k then goto next_outer end
    n = n + 1
  end
  ::next_outer::
end
print(n)
do
  local k = 0
  ::top::
  k = k + 1
  if k < 1000 then goto top end
  print(k)
end
local function retry(attempts)
  local tries, log = 0, {}
  ::again::
  tries = tries + 1
  local ok = tries >= attempts
  log[#log + 1] = "try" .. tries .. (ok and "+" or "-")
  if not ok then goto again end
  return table.concat(log, " ")
end
print(retry(1))
print(retry(4))
local matrix = {{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
local firstNeg
for r = 1, #matrix do
  for c = 1, #matrix[r] do
    if matrix[r][c] < 0 then firstNeg = r .. "," .. c goto found end
  end
end
::found::
print(firstNeg)
local odd = {}
for v = 1, 10 do
  if v % 2 == 0 then goto skip end
  do
    local sq = v * v
    odd[#odd + 1] = function() return sq end
  end
  ::skip::
end
local vals = {}
for _, f in ipairs(odd) do vals[#vals + 1] = f() end
print(table.concat(vals, " "))
while true do
  do goto out end
end
::out::
print("left infinite loop via goto")
