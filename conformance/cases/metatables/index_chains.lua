-- dialects: 5.1 5.2 5.3 5.4 5.5
-- __index as table and function, chains, rawget, inheritance
local Base = {greet = function(self) return "hello from " .. self.name end, kind = "base"}
Base.__index = Base
local Derived = setmetatable({kind = "derived"}, Base)
Derived.__index = Derived
local obj = setmetatable({name = "obj"}, Derived)
print(obj:greet(), obj.kind, rawget(obj, "kind"), obj.missing)
local calls = 0
local f = setmetatable({}, {__index = function(t, k) calls = calls + 1 return k .. "!" end})
print(f.abc, f[1], calls)
print(pcall(function() return f[true] end))
local level3 = setmetatable({}, {__index = setmetatable({}, {__index = setmetatable({}, {__index = {deep = "found"}})})})
print(level3.deep, level3.none)
local t = setmetatable({present = 1}, {__index = function() return "fallback" end})
print(t.present, t.absent)
t.absent = false
print(t.absent)
t.absent = nil
print(t.absent)
local args = {}
local spy = setmetatable({}, {__index = function(tbl, key) args[#args + 1] = type(tbl) .. ":" .. tostring(key) return nil end})
local _ = spy.a, spy[2]
print(table.concat(args, " "))
local strIdx = setmetatable({}, {__index = string})
print(strIdx.upper("x"), strIdx.format("%d", 3))
local cycleA, cycleB = {}, {}
setmetatable(cycleA, {__index = cycleB})
setmetatable(cycleB, {__index = function(_, k) return "B:" .. k end})
print(cycleA.x)
local mt = {}
mt.__index = mt
mt.value = 10
local a1, a2 = setmetatable({}, mt), setmetatable({}, mt)
mt.value = 20
print(a1.value, a2.value)
a1.value = 5
print(a1.value, a2.value)
local num = setmetatable({}, {__index = function(t, k) return k * 2 end})
print(num[21], num[1.5])
local early = setmetatable({}, {__index = {x = 1}})
getmetatable(early).__index = {x = 2}
print(early.x)
local deep = {}
local cur = deep
for i = 1, 50 do
  local nxt = {}
  setmetatable(cur, {__index = nxt})
  cur = nxt
end
cur.bottom = "reached"
print(deep.bottom)
print(pcall(function() local bad = setmetatable({}, {__index = 5}) return bad.x end))
print(pcall(function() local bad = setmetatable({}, {__index = "str"}) return type(bad.len) end))
local ud_idx = setmetatable({}, {__index = function(t, k) error("no field " .. k) end})
print(pcall(function() return ud_idx.foo end))
