-- dialects: 5.1 5.2 5.3 5.4 5.5
-- arithmetic metamethods: which operand's handler is used, mixed operand types
local function tag(name)
  local mt = {}
  for _, ev in ipairs({"add", "sub", "mul", "div", "mod", "pow", "unm"}) do
    mt["__" .. ev] = function(a, b)
      local function d(x) return type(x) == "table" and x.name or tostring(x) end
      return name .. "." .. ev .. "(" .. d(a) .. "," .. d(b) .. ")"
    end
  end
  return mt
end
local A = setmetatable({name = "A"}, tag("mA"))
local B = setmetatable({name = "B"}, tag("mB"))
print(A + B, B + A)
print(A + 1, 1 + A, "s" + A, A + "s")
print(A - B, A * 2, 2 / A, A % B, A ^ 3)
print(-A, -B)
local plain = {name = "plain"}
print(A + plain, plain + A)
print(pcall(function() return plain + plain end))
print(pcall(function() return plain * 2 end))
print(pcall(function() return -plain end))
local onlyAdd = setmetatable({}, {__add = function(a, b) return "added" end})
print(onlyAdd + 1, pcall(function() return onlyAdd - 1 end))
local num = setmetatable({v = 5}, {__add = function(a, b)
  local x = type(a) == "table" and a.v or a
  local y = type(b) == "table" and b.v or b
  return x + y
end})
print(num + 1, 1 + num, num + num)
print(pcall(function() return num + nil end))
print(pcall(function() return nil + num end))
local r = setmetatable({}, {__add = function() return 1, 2, 3 end})
print(r + r)
local cnt = 0
local counting = setmetatable({}, {__unm = function(a, b) cnt = cnt + 1 return rawequal(a, b) end})
print(-counting, cnt)
local str = setmetatable({}, {__add = function(a, b) return "mm" end})
print("10" + str, str + "10")
print(pcall(function() return "10" + {} end))
print(pcall(function() return {} - "x" end))
local vec = {}
vec.__index = vec
local function V(x, y) return setmetatable({x = x, y = y}, vec) end
vec.__add = function(a, b) return V(a.x + b.x, a.y + b.y) end
vec.__mul = function(a, b)
  if type(a) == "number" then return V(a * b.x, a * b.y) end
  if type(b) == "number" then return V(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
vec.__unm = function(a) return V(-a.x, -a.y) end
vec.__tostring = function(a) return "(" .. a.x .. "," .. a.y .. ")" end
local v1, v2 = V(1, 2), V(3, 4)
print(tostring(v1 + v2), tostring(2 * v1), tostring(v1 * 3), v1 * v2, tostring(-v1))
print(tostring(v1 + v2 + v1 + v2))
