-- dialects: 5.2 5.3 5.4 5.5
-- goto: continue idiom, backward jumps creating closures, nested loops, label visibility rules
for i = 1, 5 do
  if i % 2 == 0 then goto continue end
  io.write(i, " ")
  ::continue::
end
print()
local fs = {}
do
  local i = 1
  ::top::
  local x = i * 10
  fs[#fs + 1] = function() return x end
  i = i + 1
  if i <= 3 then goto top end
end
print(fs[1](), fs[2](), fs[3]())
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto next_i end
    io.write(i, ",", j, " ")
  end
  ::next_i::
end
print()
do
  local n = 0
  ::again::
  n = n + 1
  if n < 5 then goto again end
  print("n", n)
end
local loadstr = load
local function compile(src)
  local f, e = loadstr(src)
  print(f and "ok" or ("error: " .. e))
end
compile("goto nowhere")
compile("do ::l:: end goto l")
compile("::a:: ::a::")
compile("::a:: do ::a:: end")
compile("goto f; local x; ::f:: print(x)")
compile("goto f; local x; ::f::")
compile("do goto f; local x; ::f:: end")
compile("repeat goto cont; local x; ::cont:: until x")
compile("for i = 1, 2 do goto e end ::e::")
compile("local function f() goto out end ::out::")
compile("::l1:: ::l2:: goto l1")
compile("goto = 1")
compile("local goto = 1")
compile("while true do break goto x end ::x::")
compile("do goto x ; ; ::x:: ; ; end")
compile("if true then goto x end ::x:: return")
