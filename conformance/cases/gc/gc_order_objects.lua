-- dialects: 5.2 5.3 5.4 5.5
-- finalizer order for objects marked in sequence, finalizers at state close, re-marking
local order = {}
local objs = {}
for i = 1, 6 do objs[i] = setmetatable({id = i}, {__gc = function(o) order[#order + 1] = o.id end}) end
for i = 1, 6, 2 do objs[i] = nil end
collectgarbage()
print(table.concat(order, " "))
objs = nil
collectgarbage()
print(table.concat(order, " "))
local again = 0
local mt = {}
mt.__gc = function(o) again = again + 1 if again < 3 then setmetatable(o, mt) end end
setmetatable({}, mt)
collectgarbage() collectgarbage() collectgarbage() collectgarbage()
print(again)
local saved
do
  local o = setmetatable({v = "resurrect"}, {__gc = function(x) saved = x end})
end
collectgarbage()
print(saved and saved.v, getmetatable(saved) ~= nil)
saved = nil
collectgarbage()
local final = setmetatable({}, {__gc = function() print("finalizer at exit") end})
print("end of script")
