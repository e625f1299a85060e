-- dialects: 5.1 5.2 5.3 5.4 5.5
-- '..' on numbers and strings, right associativity, and errors naming the operand
print(1 .. 2, 1.5 .. "", -1 .. "", 10 / 2 .. "", 2^53 .. "", 2^63 .. "|")
print("a" .. "b" .. "c" .. 1 .. 2)
print(0.1 .. "", 1e15 .. "", 1e16 .. "", -0.0 .. "", 1e-5 .. "")
local z = 0
print((1 / z) .. "", (-1 / z) .. "")
local function try(f)
  local ok, e = pcall(f)
  print(ok, e)
end
try(function() return "a" .. nil end)
try(function() local x return "a" .. x end)
try(function() return "a" .. {} end)
try(function() return {} .. "a" end)
try(function() return true .. "" end)
try(function() local t = {} return t.k .. "a" end)
try(function() return "x" .. print end)
try(function() local a, b = "1", nil return a .. "-" .. b end)
try(function() local u = {} return "a" .. "b" .. u .. "c" end)
local order = {}
local mt = { __concat = function(a, b)
  local sa = type(a) == "table" and a.n or a
  local sb = type(b) == "table" and b.n or b
  order[#order + 1] = sa .. "+" .. sb
  return "(" .. sa .. sb .. ")"
end }
local A = setmetatable({ n = "A" }, mt)
local B = setmetatable({ n = "B" }, mt)
print(A .. "y", "x" .. A, A .. B, 1 .. A, A .. 2.5)
print(table.concat(order, " "))
order = {}
print("x" .. "y" .. A)
print(table.concat(order, " "))
order = {}
print(A .. "y" .. "z")
print(table.concat(order, " "))
local s = ""
for i = 1, 10 do s = s .. i .. (i % 3 == 0 and "|" or ",") end
print(s, #s)
print(("x"):rep(3) .. ("y"):rep(2), #("a" .. "\0" .. "b"))
