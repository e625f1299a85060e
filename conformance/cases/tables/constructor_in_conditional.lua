-- dialects: 5.1 5.2 5.3 5.4 5.5
-- A constructor with named fields whose values are not constants, inside an
-- expression evaluated conditionally (the right side of 'or' / 'and').
local function f(c)
  c = c or { actual = {}, expected = {} }
  return c
end
print(type(f().actual), type(f().expected), type(f({}).actual))
local x = 5
local t = nil
local u = t or { a = x, b = x + 1, c = nil }
print(u.a, u.b, u.c)
local v = x and { a = {}, n = tostring(x) }
print(type(v.a), v.n)
local w = (t and { p = x }) or { q = x }
print(w.p, w.q)
for i = 1, 3 do
  local r = i > 1 and { k = i, s = { i } } or { k = -i }
  print(r.k, r.s and r.s[1])
end
local function g(y) return y ~= nil and { val = y, [1] = y } or false end
print(g(nil), g(7).val, g(7)[1])
