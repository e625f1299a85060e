-- dialects: 5.4 5.5
-- '__call' chains: the longest one each dialect allows
local function chain(n)
  local obj = function(...) return select("#", ...) end
  for i = 1, n do obj = setmetatable({}, {__call = obj}) end
  return obj
end
for _, n in ipairs{14, 15, 16} do print(n, pcall(chain(n))) end
print(pcall(function() local o = chain(16) return o() end))
print(pcall(function() local o = chain(16) return (o()) end))
print(pcall(function() local o = chain(15) return (o()) end))
print(pcall(string.gsub, "a", "a", chain(16)))
