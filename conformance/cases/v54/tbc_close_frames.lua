-- dialects: 5.4 5.5
-- the level a __close method runs at when a scope is left normally: named "metamethod 'close'",
-- at the line where the scope ends (block end, return, break, goto, repeat-until, generic for),
-- an uncallable or removed __close raising an error there; 'until' sees the body's locals before
-- they close; a return in a generic for is no tail call
local mt = {__close = function(o, e)
  local i = debug.getinfo(2, "l")
  local n = debug.getinfo(1, "n")
  print(o.tag, i and i.currentline, n.namewhat, n.name)
end}
local function C(tag) return setmetatable({tag = tag}, mt) end
do
  local a <close> = C("block")
  local x = 1 +
    2
end
local function f()
  local a <close> = C("return")
  return 1,
    2
end
f()
local function g()
  local a <close> = C("fallthrough")
  local y = 2
end
g()
for i = 1, 3 do
  local a <close> = C("break" .. i)
  if i == 2 then
    break
  end
  local z = i
end
local n = 0
while n < 1 do
  local a <close> = C("while")
  n = n + 1
end
do
  local a <close> = C("gotofwd")
  goto out
end
::out::
do
  local k = 0
  ::top::
  do
    local a <close> = C("gotoback" .. k)
    k = k + 1
    if k < 2 then
      goto top
    end
  end
end
for i = 1, 2 do
  local a <close> = C("continue" .. i)
  if i == 1 then goto continue end
  local z = i
  ::continue::
end
for i in function(s, c) if not c then return 1 end end, nil, nil, C("forval") do
  local q = i
end
for i in function(s, c) if not c then return 1 end end, nil, nil, C("forvalbreak") do
  break
end
do
  local a <close> = C("outer")
  do
    local b <close> = C("inner")
    local w = 1
  end
  local v = 2
end
-- 'until' runs in the scope of the body's locals, before they are closed
local r = 0
repeat
  local a <close> = C("repeat" .. r)
  local b = r
  r = r + 1
until (function() print("until", b) return b >= 1 end)()
-- a return in a generic for closes the loop's value after the call: no tail call
local function callee() print(debug.traceback("callee", 1)) return "r" end
local function tail()
  for _ in pairs({1}) do
    return callee()
  end
end
print(tail())
-- uncallable and removed __close methods
print(pcall(function() local z <close> = setmetatable({}, { __close = 1 }) end))
print(pcall(function() local z <close> = setmetatable({}, { __close = 1 })
  local q = 1
end))
print(pcall(function()
  local m = { __close = print }
  local z <close> = setmetatable({}, m)
  m.__close = nil
end))
print(pcall(function()
  local m = { __close = print }
  local z <close> = setmetatable({}, m)
  m.__close = "s"
  return 1
end))
print(pcall(function()
  local t = setmetatable({}, { __call = function() print("called through __call") end })
  local z <close> = setmetatable({}, { __close = t })
end))
local co = coroutine.wrap(function()
  local z <close> = setmetatable({}, { __close = 1 })
  coroutine.yield(1)
end)
co()
print(pcall(co))
local a <close> = C("main")
local last = 1
