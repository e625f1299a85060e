-- dialects: 5.1 5.2 5.3 5.4 5.5
-- table.pack/unpack/move where they exist (unpack is global in 5.1)
print(type(table.pack), type(table.unpack), type(table.move), type(unpack), type(table.getn), type(table.maxn))
local unpack = table.unpack or unpack
print(unpack({1, 2, 3}))
print(unpack({1, 2, 3}, 2))
print(unpack({1, 2, 3}, 2, 5))
print(unpack({[0] = "z", "a"}, 0, 1))
print(select("#", unpack({}, 1, 3)))
print(pcall(function(...) return select(1, unpack(...)) end, {}, 1, 1e7))
print(pcall(function(...) return select(1, unpack(...)) end, {}, math.mininteger or -2^53, math.maxinteger or 2^53))
if table.pack then
  local p = table.pack()
  print(p.n, #p)
  p = table.pack(nil, nil)
  print(p.n, p[1])
  p = table.pack(1, "a", nil, false)
  print(p.n, p[1], p[2], p[3], p[4])
end
if table.move then
  local a = {1, 2, 3, 4, 5}
  table.move(a, 1, 3, 3)
  print(table.concat(a, ","))
  a = {1, 2, 3, 4, 5}
  table.move(a, 3, 5, 1)
  print(table.concat(a, ","))
  local b = table.move({1, 2, 3}, 1, 3, 2, {})
  print(b[1], b[2], b[4], #b)
  print(table.move({}, 1, 0, 1) ~= nil)
  print(pcall(table.move, {}, 1, math.maxinteger, 2))
  print((pcall(table.move, {1}, -1, 1, 1)))
  local src = setmetatable({}, {__index = function(_, i) return "s" .. i end})
  local dst = table.move(src, 1, 3, 1, {})
  print(dst[1], dst[3])
  print((pcall(table.move, {1, 2}, 1, 2)))
else
  print("no table.move")
end
local mtun = setmetatable({}, {__index = function(_, i) return i * 2 end})
print(unpack(mtun, 1, 3))
