-- dialects: 5.4 5.5
-- to-be-closed variables in blocks with labels: backward and forward gotos, errors, line hooks
local log = {}
local function res(n) return setmetatable({}, {__close = function(_, e) log[#log + 1] = n .. (e and ("!" .. tostring(e)) or "") end}) end
do
  local i = 0
  ::top::
  i = i + 1
  local a <close> = res("a" .. i)
  local b <close> = res("b" .. i)
  if i < 3 then goto top end
  log[#log+1] = "end"
end
print(table.concat(log, " ")) log = {}
local function f(n)
  local k = 0
  ::again::
  k = k + 1
  do
    local x <close> = res("x" .. k)
    if k == n then return "ret" .. k end
    if k < 5 then goto again end
  end
  ::done::
  return "fell"
end
print(f(2), table.concat(log, " ")) log = {}
print(f(9), table.concat(log, " ")) log = {}
for i = 1, 3 do
  local r <close> = res("r" .. i)
  if i == 2 then goto cont end
  local s <close> = res("s" .. i)
  if i == 3 then goto cont end
  log[#log + 1] = "body" .. i
  ::cont::
end
print(table.concat(log, " ")) log = {}
print(pcall(function()
  local j = 0
  ::l::
  j = j + 1
  local q <close> = res("q" .. j)
  if j == 2 then error("boom", 0) end
  goto l
end), table.concat(log, " "))
local lines = {}
debug.sethook(function(_, l) lines[#lines + 1] = l end, "l")
do
  local z = 0
  ::x::
  z = z + 1
  if z < 3 then goto x end
end
debug.sethook()
print(table.concat(lines, ","))
