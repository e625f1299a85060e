-- dialects: 5.1 5.2 5.3 5.4 5.5
-- debug.getlocal/setlocal/getupvalue/setupvalue, and upvalueid/upvaluejoin where present
local function locals()
  local a, b = 10, "x"
  local out = {}
  local i = 1
  while true do
    local name, value = debug.getlocal(1, i)
    if not name then break end
    if name:sub(1, 1) ~= "(" then out[#out + 1] = name .. "=" .. (type(value) == "table" and "table" or tostring(value)) end
    i = i + 1
  end
  return table.concat(out, " ")
end
print(locals())
local function params(p1, p2, ...) return debug.getlocal(1, 1), debug.getlocal(1, 2) end
print(params("A", "B", "C"))
local function varargs(...) return debug.getlocal(1, -1) end
print(pcall(varargs, "va1", "va2"))
print(pcall(function() return debug.getlocal(params, 1), debug.getlocal(params, 2), debug.getlocal(params, 3) end))
local function setter()
  local v = 1
  debug.setlocal(1, 1, 99)
  return v
end
print(setter())
print(pcall(debug.getlocal, 100, 1))
print(debug.getlocal(1, 100))
local u1, u2 = "up1", "up2"
local function uses() return u1, u2 end
print(debug.getupvalue(uses, 1))
print(debug.getupvalue(uses, 2))
print(debug.getupvalue(uses, 3))
print(debug.setupvalue(uses, 1, "changed"))
print(uses(), u1)
print(debug.getupvalue(print, 1))
if debug.upvalueid then
  local function f1() return u1 end
  local function f2() return u1, u2 end
  print(debug.upvalueid(f1, 1) == debug.upvalueid(f2, 1), debug.upvalueid(f1, 1) == debug.upvalueid(f2, 2))
  local x1, x2 = "X1", "X2"
  local function g1() return x1 end
  local function g2() return x2 end
  debug.upvaluejoin(g1, 1, g2, 1)
  print(g1(), g2())
  print(pcall(debug.upvalueid, f1, 5))
  print(pcall(debug.upvaluejoin, g1, 5, g2, 1))
else
  print("no upvalueid")
end
local co = coroutine.create(function(p) local inside = "in co" coroutine.yield() end)
coroutine.resume(co, "param")
print(debug.getlocal(co, 1, 1))
print(debug.getlocal(co, 1, 2))
local function withblock()
  local outer = 1
  do local inner = 2 end
  local after = 3
  local names = {}
  for i = 1, 10 do local n = debug.getlocal(1, i) if n and n:sub(1, 1) ~= "(" then names[#names + 1] = n end end
  return table.concat(names, ",")
end
print(withblock())
