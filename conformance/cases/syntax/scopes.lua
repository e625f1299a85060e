-- dialects: 5.1 5.2 5.3 5.4 5.5
-- block scoping: shadowing, do-blocks, local function vs local f = function, repeat scope
local x = 1
do
  local x = 2
  do local x = 3 print(x) end
  print(x)
end
print(x)
local x = x + 10
print(x)
local function fact(n) return n <= 1 and 1 or n * fact(n - 1) end
print(fact(6))
local ok = pcall(function()
  local g = function(n) if n == 0 then return 0 end return g(n - 1) end
  return g(3)
end)
print(ok)
local a, a = 1, 2
print(a)
local function shadowParam(p) local p = p or "default" return p end
print(shadowParam(), shadowParam("given"))
for i = 1, 2 do local i = i * 100 io.write(i, " ") end print()
local y = "outer"
local function readsOuter() return y end
local y = "shadowed later"
print(readsOuter(), y)
do
  local z = "block"
  function blockGlobalReader() return z end
end
print(blockGlobalReader(), z)
blockGlobalReader = nil
local cnt = 0
repeat local stop = cnt >= 2 cnt = cnt + 1 until stop
print(cnt)
local t = {}
for i = 1, 3 do local v = i t[i] = function() return v end end
print(t[1](), t[3]())
local v1 = 1
local function modifies() v1 = v1 + 1 end
modifies() modifies()
print(v1)
local s = 0
do local s = 5 s = s + 1 end
print(s)
if true then local inIf = 1 end
print(inIf)
while true do local inWhile = 1 break end
print(inWhile)
