-- dialects: 5.1 5.2 5.3 5.4 5.5
-- call, return and line hooks: the events, their lines, getinfo's currentline and names
-- inside the hook, loops of each kind, returns with several values, tail calls
local out = {}
local function f(a)
  local b = a * 2
  if b > 2 then
    b = b + 1
  elseif b > 1 then
    b = 0
  else
    b = -1
  end
  return b, a
end
local function g(n) return f(n) end
local function two() return 1, 2, 3 end
debug.sethook(function(ev, line)
  local info = debug.getinfo(2, "Sln")
  if info.short_src:find("hooks_events") then
    out[#out + 1] = ev .. ":" .. tostring(line) .. ":" .. tostring(info.currentline) .. ":" .. tostring(info.name)
  end
end, "crl")
f(1)
f(5)
local x, y, z = two()
local t = {}
for i = 1, 2 do t[i] = i end
for i = 3, 4 do
  t[i] = i
end
for k, v in ipairs(t) do x = x + v end
for k, v in ipairs({1, 2}) do
  x = x + v
end
local k = 0
while k < 2 do k = k + 1 end
while k < 4 do
  k = k + 1
end
repeat k = k - 1 until k == 0
repeat
  k = k + 1
until k == 2
g(3)
debug.sethook()
print(table.concat(out, "\n"))
print(x, y, z, #t, k)
