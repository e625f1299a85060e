-- dialects: 5.2 5.3 5.4 5.5
-- a backward goto leaves and re-enters the scope of locals: closures see fresh variables
local fns = {}
do
  local i = 1
  ::again::
  local captured = i * 10
  fns[#fns + 1] = function() return captured end
  i = i + 1
  if i <= 3 then goto again end
end
print(fns[1](), fns[2](), fns[3]())
local shared = {}
do
  local k = 0
  ::loop::
  k = k + 1
  shared[k] = function() return k end
  if k < 3 then goto loop end
end
print(shared[1](), shared[2](), shared[3]())
local acc = {}
do
  local n = 0
  ::l::
  do
    local v = n
    acc[#acc + 1] = function() v = v + 100 return v end
  end
  n = n + 1
  if n < 2 then goto l end
end
print(acc[1](), acc[1](), acc[2]())
local load = load
print(load("goto nowhere") == nil)
print(select(2, load("do ::a:: end goto a")) ~= nil)
print(select(2, load("::x:: ::x::")) ~= nil)
print(load("local x goto f ::f::") ~= nil)
local ok, err = load("goto f local x ::f:: print(x)")
print(ok == nil, err ~= nil)
print(load("goto f local x ::f::") ~= nil)
print(load("do goto f local x ::f:: end") ~= nil)
local ok2, err2 = load("repeat goto cont local x ::cont:: until x")
print(ok2 == nil, err2 ~= nil)
print(load("for i=1,2 do if i then goto cont end ::cont:: end") ~= nil)
local msgs = {}
for _, src in ipairs({"goto nowhere", "::x:: ::x::", "goto f local x ::f:: print(x)", "do ::a:: end goto a", "break"}) do
  local f, e = load(src, "=src")
  msgs[#msgs + 1] = tostring(e)
end
for _, m in ipairs(msgs) do print(m) end
