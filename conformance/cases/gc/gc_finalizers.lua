-- dialects: 5.1 5.2 5.3 5.4 5.5
-- __gc on tables: runs in 5.2+ (reverse order of marking), ignored in 5.1
local order = {}
for i = 1, 5 do
  setmetatable({}, {__gc = function() order[#order + 1] = i end})
end
collectgarbage()
collectgarbage()
print(#order, table.concat(order, " "))
local resurrected
do
  local obj = setmetatable({name = "phoenix"}, {__gc = function(o) resurrected = o end})
end
collectgarbage()
collectgarbage()
print(resurrected and resurrected.name)
local count = 0
local mt = {__gc = function() count = count + 1 end}
for i = 1, 20 do setmetatable({}, mt) end
collectgarbage()
collectgarbage()
print(count)
local errGc = setmetatable({}, {__gc = function() error("error in gc") end})
errGc = nil
local ok = pcall(function(...) return select(1, collectgarbage(...)) end)
print(ok)
local args = {}
local target = setmetatable({}, {__gc = function(o, extra) args[1] = type(o) args[2] = extra end})
target = nil
collectgarbage()
collectgarbage()
print(args[1], args[2])
local late = {}
local latemt = {}
setmetatable(late, latemt)
latemt.__gc = function() print("late __gc ran") end
late = nil
collectgarbage()
print("after late")
local p = newproxy and newproxy(true)
if p then
  getmetatable(p).__gc = function() order[#order + 1] = "proxy" end
  p = nil
  collectgarbage()
  print(order[#order])
else
  print("no newproxy")
end
