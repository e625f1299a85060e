-- dialects: 5.1 5.2 5.3 5.4 5.5
-- __eq, __lt, __le; when they are consulted and what results become
local log = {}
local MT = {
  __eq = function(a, b) log[#log + 1] = "eq" return a.v == b.v end,
  __lt = function(a, b) log[#log + 1] = "lt" return a.v < b.v end,
  __le = function(a, b) log[#log + 1] = "le" return a.v <= b.v end,
}
local function mk(name, v) return setmetatable({name = name, v = v}, MT) end
local a, b, c = mk("a", 1), mk("b", 2), mk("c", 1)
print(a == c, a ~= c, a == b, a == a)
print(a < b, b < a, a <= c, a > b, a >= c)
print(table.concat(log, " "))
log = {}
print(a == 1, 1 == a, a == "a", a == nil)
print(#log)
local truthy = setmetatable({}, {__lt = function() return "yes" end, __le = function() return nil end, __eq = function() return 0 end})
local other = setmetatable({}, getmetatable(truthy))
print(truthy < other, truthy <= other, truthy == other, truthy ~= other)
print(pcall(function() return a < 1 end))
print(pcall(function() return 1 < a end))
print(pcall(function() return {} < {} end))
print(pcall(function() return {} <= {} end))
local t1 = setmetatable({}, {__lt = function() return true end})
local t2 = setmetatable({}, {__lt = function() return false end})
print(pcall(function() return t1 < t2, t2 < t1 end))
local e1 = setmetatable({}, {__eq = function() return true end})
local e2 = setmetatable({}, {__eq = function() return true end})
local e3 = {}
print(e1 == e2, e2 == e1, e1 == e3, e3 == e1)
local shared = {__eq = function() return true end}
local s1, s2 = setmetatable({}, shared), setmetatable({}, shared)
print(s1 == s2, s1 ~= s2)
local nums = {}
for i, v in ipairs({5, 3, 8, 1}) do nums[i] = mk("n" .. v, v) end
table.sort(nums)
local out = {}
for i, n in ipairs(nums) do out[i] = n.v end
print(table.concat(out, " "))
table.sort(nums, function(x, y) return x > y end)
out = {}
for i, n in ipairs(nums) do out[i] = n.v end
print(table.concat(out, " "))
local strcmp = setmetatable({}, {__lt = function(x, y) return true end})
print(pcall(function() return strcmp < "s" end))
print(pcall(function() return "s" < strcmp end))
print(pcall(function() return 1 <= strcmp end))
-- different metatables with different handler functions
local function mk2(v)
  return setmetatable({v = v}, {
    __eq = function(a, b) return a.v == b.v end,
    __lt = function(a, b) return a.v < b.v end,
    __le = function(a, b) return a.v <= b.v end,
  })
end
local p, q = mk2(1), mk2(1)
print(pcall(function() return p == q end))
print(pcall(function() return p < q end))
print(pcall(function() return p <= q end))
local lt = function(a, b) return true end
local r1, r2 = setmetatable({}, {__lt = lt}), setmetatable({}, {__lt = lt})
print(pcall(function() return r1 < r2 end))
