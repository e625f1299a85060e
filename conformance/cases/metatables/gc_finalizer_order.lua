-- dialects: 5.2 5.3 5.4 5.5
-- __gc: finalizers run in reverse order of marking, resurrected objects, __gc set after setmetatable
local out = {}
for i = 1, 5 do
  setmetatable({}, { __gc = function() out[#out + 1] = i end })
end
collectgarbage()
print(table.concat(out, " "))
out = {}
local late = setmetatable({}, {})
getmetatable(late).__gc = function() out[#out + 1] = "late" end
late = nil
local early = setmetatable({}, { __gc = true })
getmetatable(early).__gc = function() out[#out + 1] = "early" end
early = nil
collectgarbage()
print(table.concat(out, " "))
local saved
do
  setmetatable({ name = "phoenix" }, { __gc = function(o) saved = o end })
end
collectgarbage()
print(saved and saved.name)
saved = nil
collectgarbage()
print(saved)
local errs = {}
setmetatable({}, { __gc = function() errs[#errs + 1] = "ran" error("in gc") end })
local ok = pcall(collectgarbage)
print(ok, errs[1])
local order = {}
local objs = {}
for i = 1, 3 do objs[i] = setmetatable({}, { __gc = function() order[#order + 1] = "obj" .. i end }) end
objs = nil
collectgarbage()
print(table.concat(order, " "))
