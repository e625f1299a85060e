-- dialects: 5.1 5.2 5.3 5.4 5.5
-- Chains of float arithmetic (a '/', or a float literal operand, feeding + - * /):
-- results, their subtypes, integral results, special values, and the order of
-- metamethod calls and argument evaluation when an operand is not a number.
local mtype = math.type or function() return "n/a" end
local function show(...)
  local parts = {}
  for i = 1, select('#', ...) do
    local v = select(i, ...)
    parts[#parts + 1] = tostring(v) .. ":" .. tostring(type(v) == "number" and mtype(v) or type(v))
  end
  print(table.concat(parts, " "))
end

local function entry(i, j)
  local s = i + j
  return 1.0 / (s * (s + 1) * 0.5 + i + 1)
end
show(entry(0, 0), entry(1, 2), entry(10, 20))
local x, y = 3, 7
show(x * 2.0 + 1, (x + 0.5) * 2, x / 3 * 3, y / 2 - 0.5, 1.5 * x + y / 2)
show(x / 0 * 2, -x / 0 * 2.0, 0 / 0 * 1.0 + 1, (x - x) * -1.0 + 0.0)
show(2 ^ 53 * 1.0 + 1, 1e308 * 10.0 - 1, 0.1 + 0.2 * 3.0, 1 / 3 + 1 / 3 + 1 / 3)
show("10" * 0.5 + 1, "3" / 2 * 2.0, x * 0.5 + "1")

local log = {}
local mt = {}
mt.__mul = function(a, b) log[#log + 1] = "mul" return 6 end
mt.__add = function(a, b) log[#log + 1] = "add " .. tostring(mtype(b)) return 1 end
mt.__div = function(a, b) log[#log + 1] = "div" return setmetatable({}, mt) end
local t = setmetatable({}, mt)
local function g() log[#log + 1] = "g" return 2.0 end
show(t * 0.5 + 1, (t * 0.5) + 2.0, t / 2 * 0.5 + 1)
show(t * 0.5 + g(), g() * 0.5 + t / 2 * 1.0)
print(table.concat(log, ","))

print(pcall(function() return x * 0.5 + {} end))
print(pcall(function() local n; return 1.5 * x + n end))
print(pcall(function() return x / 2 * 0.5 - "z" end))
