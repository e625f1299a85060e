-- dialects: 5.1 5.2 5.3 5.4 5.5
-- __concat, __len, __unm details
local C = setmetatable({}, {__concat = function(a, b)
  local function d(x) return type(x) == "table" and "C" or type(x) .. ":" .. tostring(x) end
  return d(a) .. "~" .. d(b)
end})
print(C .. "s", "s" .. C, C .. 1, 1.5 .. C, C .. C)
print(pcall(function() return C .. nil end))
print(pcall(function() return true .. C end))
print("a" .. "b" .. C)
print(C .. "a" .. "b")
local L = setmetatable({1, 2, 3}, {__len = function(t) return "len!" end})
print(#L)
local L2 = setmetatable({}, {__len = function(t, x) return select("#", t, x), rawequal(t, x) end})
print(#L2)
local L3 = setmetatable({1, 2}, {__len = function() return 1.5 end})
print(#L3)
print(pcall(function() return #setmetatable({}, {__len = function() error("len failed") end}) end))
print(#"string ignores metatable", #setmetatable({1}, {}))
local U = setmetatable({v = 3}, {__unm = function(a) return -a.v * 100 end})
print(-U)
print(pcall(function() return -setmetatable({}, {}) end))
print(pcall(function() return -"abc" end))
print(-"2", -"-2", -" 0x10 ")
local both = setmetatable({}, {__len = function() return 7 end, __concat = function() return "cat" end, __unm = function() return "neg" end})
print(#both, both .. both, -both)
for _, s in ipairs({"x", 1, 2.5}) do
  print(pcall(function() return s .. both end))
end
local chain = setmetatable({}, {__concat = function(a, b) return setmetatable({}, getmetatable(type(a) == "table" and a or b)) end})
print(type(chain .. "x" .. "y" .. chain))
local lenCalls = 0
local cnt = setmetatable({}, {__len = function() lenCalls = lenCalls + 1 return 3 end})
for i = 1, #cnt do end
print(lenCalls)
local ipairsLen = setmetatable({}, {__len = function() return 2 end, __index = function(t, i) return i * 3 end})
local vals = {}
for i = 1, #ipairsLen do vals[i] = ipairsLen[i] end
print(table.concat(vals, ","))
print(pcall(table.concat, ipairsLen))
print(pcall(table.unpack or unpack, ipairsLen))
print(select("#", (table.unpack or unpack)({1, 2, nil, 4}, 1, 4)))
