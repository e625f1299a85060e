-- dialects: 5.1 5.2 5.3 5.4 5.5
-- __len results of any type, __index on missing numeric keys, rawlen/rawget bypassing them
local t = setmetatable({ 1, 2, 3 }, { __len = function() return 42 end })
print(#t, rawlen and rawlen(t) or "no rawlen")
for _, r in ipairs({ "str", 1.5, true, false }) do
  local o = setmetatable({}, { __len = function() return r end })
  print(pcall(function() return #o end))
end
local o = setmetatable({}, { __len = function() return nil end })
print(pcall(function() return #o end))
local multi = setmetatable({}, { __len = function() return 1, 2 end })
print(select("#", #multi))
local arr = setmetatable({}, { __index = function(_, i) if type(i) == "number" and i <= 5 then return i end end })
print(arr[3], arr[6], arr.x, #arr)
local n = 0
for _ in ipairs(arr) do n = n + 1 end
print("ipairs count", n)
local newidx = {}
local w = setmetatable({}, { __newindex = function(tt, k, v) newidx[#newidx + 1] = tostring(k) rawset(tt, k, v) end })
w[1] = "a" w[1] = "b" w[2] = "c" w.x = nil w[3] = nil
print(table.concat(newidx, " "), w[1], w[2])
local strlen = setmetatable({}, { __len = string.len })
print(pcall(function() return #strlen end))
