-- dialects: 5.1 5.2 5.3 5.4 5.5
-- debug.setlocal on locals no closure captures: own frame, a caller's frame, from line and call hooks
local function setter()
  local v = 1
  debug.setlocal(1, 1, 99)
  return v
end
print(setter())
local function helper() debug.setlocal(2, 2, "from helper") end
local function caller(a)
  local b = "orig"
  helper()
  return a, b
end
print(caller(1))
local lines = {}
local function target(x)
  local y = 10
  y = y + x
  return y
end
debug.sethook(function(ev, line)
  if line == 17 then debug.setlocal(2, 2, 1000) end
end, "l")
print(target(5))
debug.sethook()
debug.sethook(function(ev)
  local info = debug.getinfo(2, "n")
  if info.name == "target" then debug.setlocal(2, 1, 100) end
end, "c")
print(target(5))
debug.sethook()
for i = 1, 3 do
  local k = i
  if i == 2 then debug.setlocal(1, 5, "k2") end
  io.write(tostring(k), " ")
end
print()
