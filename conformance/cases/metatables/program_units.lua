-- dialects: 5.1 5.2 5.3 5.4 5.5
-- physical quantities with units: arithmetic metamethods with checks, comparisons, tostring
local Q = {}
Q.__index = Q
local function q(v, unit) return setmetatable({v = v, unit = unit}, Q) end
local function check(a, b, op)
  if getmetatable(a) ~= Q or getmetatable(b) ~= Q then error("cannot " .. op .. " quantity and " .. type(getmetatable(a) == Q and b or a), 3) end
  if a.unit ~= b.unit then error("unit mismatch: " .. a.unit .. " vs " .. b.unit, 3) end
end
Q.__add = function(a, b) check(a, b, "add") return q(a.v + b.v, a.unit) end
Q.__sub = function(a, b) check(a, b, "subtract") return q(a.v - b.v, a.unit) end
Q.__mul = function(a, b)
  if type(a) == "number" then return q(a * b.v, b.unit) end
  if type(b) == "number" then return q(a.v * b, a.unit) end
  return q(a.v * b.v, a.unit .. "*" .. b.unit)
end
Q.__div = function(a, b)
  if type(b) == "number" then return q(a.v / b, a.unit) end
  if a.unit == b.unit then return a.v / b.v end
  return q(a.v / b.v, a.unit .. "/" .. b.unit)
end
Q.__unm = function(a) return q(-a.v, a.unit) end
Q.__eq = function(a, b) return a.unit == b.unit and a.v == b.v end
Q.__lt = function(a, b) check(a, b, "compare") return a.v < b.v end
Q.__le = function(a, b) check(a, b, "compare") return a.v <= b.v end
Q.__tostring = function(a) return string.format("%g %s", a.v, a.unit) end
Q.__concat = function(a, b) return tostring(a) .. tostring(b) end
local d1, d2, t = q(100, "m"), q(50, "m"), q(20, "s")
print(tostring(d1 + d2), tostring(d1 - d2), tostring(-d1), tostring(d1 * 2), tostring(3 * d2))
print(tostring(d1 / t), d1 / d2, tostring(d1 / 4), tostring(d1 * t))
print(d1 == q(100, "m"), d1 == d2, d1 ~= d2, d2 < d1, d1 <= d1, d1 > d2)
print(pcall(function() return d1 + t end))
print(pcall(function() return d1 < t end))
print(pcall(function() return d1 + 5 end))
print("distance: " .. d1, d1 .. " and " .. d2)
local total = q(0, "m")
for i = 1, 10 do total = total + q(i, "m") end
print(tostring(total))
local list = {q(3, "kg"), q(1, "kg"), q(2, "kg")}
table.sort(list)
print(tostring(list[1]), tostring(list[2]), tostring(list[3]))
