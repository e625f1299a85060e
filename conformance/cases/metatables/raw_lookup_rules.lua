-- dialects: 5.1 5.2 5.3 5.4 5.5
-- metamethods are looked up raw in the metatable; changes after setmetatable take effect
local mt = setmetatable({}, {__index = {__add = function() return "inherited add" end}})
local t = setmetatable({}, mt)
print(pcall(function() return t + 1 end))
mt.__add = function() return "own add" end
print(t + 1)
mt.__add = nil
print(pcall(function() return t + 1 end))
local base = {__tostring = function() return "base tostring" end}
base.__index = base
local derived = setmetatable({}, base)
local obj = setmetatable({}, derived)
print(tostring(obj):sub(1, 6), tostring(obj) == "base tostring")
derived.__tostring = base.__tostring
print(tostring(obj))
local counted = {}
local lookups = 0
local spy = setmetatable({}, {__index = function(_, k) lookups = lookups + 1 return nil end})
setmetatable(counted, spy)
local _ = pcall(function() return counted + 1 end)
print(lookups)
local m2 = {}
local o2 = setmetatable({}, m2)
m2.__index = function(_, k) return "late " .. k end
print(o2.x)
m2.__index = {x = "table now"}
print(o2.x)
m2.__call = function() return "now callable" end
print(o2())
m2.__len = function() return 7 end
print(#o2)
m2.__unm = function() return "neg" end
print(-o2)
m2.__concat = function() return "cat" end
print(o2 .. "x")
setmetatable(o2, nil)
print(pcall(function() return -o2 end))
print(pcall(function() return o2() end))
local function mm(name) return setmetatable({}, {["__" .. name] = function() return name end}) end
print(mm("index").x, mm("call")(), #mm("len"), -mm("unm"), mm("add") + 1, mm("concat") .. "")
