-- dialects: 5.1 5.2 5.3 5.4 5.5
-- floor division and modulo with every sign combination, integers and floats, and by zero
local loadstr = loadstring or load
local function ev(src)
  local f = loadstr("return " .. src)
  if not f then return "syntax error" end
  local r = { pcall(f) }
  if not r[1] then return "error: " .. tostring(r[2]) end
  return tostring(r[2])
end
local pairs_ = { {7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {6, 3}, {-6, 3}, {0, 5}, {1, 7} }
for _, p in ipairs(pairs_) do
  local a, b = p[1], p[2]
  print(a, b, a % b, ev(a .. " // " .. b), ev(a .. ".0 // " .. b), ev(a .. " % " .. b .. ".0"))
end
for _, p in ipairs({ {7.5, 2}, {-7.5, 2}, {7.5, -2}, {-7.5, -2}, {0.3, 0.1}, {5.5, 0.5} }) do
  local a, b = p[1], p[2]
  print(a, b, a % b, ev(("%.17g // %.17g"):format(a, b)))
end
print(ev("1 // 0"), ev("1 % 0"))
print(ev("0 // 0"), ev("-5 % 0"))
print(ev("1.0 // 0"), ev("-1 // 0.0"), ev("1 % 0.0 ~= 1 % 0.0"))
print(ev("5 // 0.0"), ev("-5 // 0.0"), ev("0/0 ~= 0/0"))
print(ev("math.mininteger // -1"), ev("math.mininteger % -1"))
print(ev("math.maxinteger // 1"), ev("math.maxinteger // -1"))
print(ev("3 // 2.5"), ev("-3 // 2.5"), ev("3.0 // 2"))
print(ev("1e308 // 1e-308"), ev("-1e308 // 1e-308"))
print(ev("math.huge // 1"), ev("-math.huge // 1"), ev("1 // math.huge"), ev("-1 // math.huge"))
print(ev("5 % math.huge"), ev("-5 % math.huge"), ev("5 % -math.huge"), ev("-5 % -math.huge"))
print(ev("'7' // 2"), ev("7 // '2'"), ev("'7.0' // '2'"), ev("'7' % '4'"))
print(ev("{} // 1"), ev("nil % 1"))
print(ev("2^53 % 3"), ev("-2^53 % 3"), ev("(2^53 + 2) // 2"))
print(ev("-0.0 // 1"), ev("0.0 // -1"), ev("-0.0 % 1"), ev("0.0 % -1"))
