-- dialects: 5.1 5.2 5.3 5.4 5.5
-- arbitrary precision integers in base 10^7 tables: factorials, powers, Fibonacci
local BASE, WIDTH = 10000000, 7
local function fromInt(n) local r = {} repeat r[#r + 1] = n % BASE n = math.floor(n / BASE) until n == 0 return r end
local function add(a, b)
  local r, carry = {}, 0
  for i = 1, math.max(#a, #b) do
    local s = (a[i] or 0) + (b[i] or 0) + carry
    r[i] = s % BASE
    carry = math.floor(s / BASE)
  end
  if carry > 0 then r[#r + 1] = carry end
  return r
end
local function mulSmall(a, m)
  local r, carry = {}, 0
  for i = 1, #a do
    local p = a[i] * m + carry
    r[i] = p % BASE
    carry = math.floor(p / BASE)
  end
  while carry > 0 do r[#r + 1] = carry % BASE carry = math.floor(carry / BASE) end
  return r
end
local function tostr(a)
  local parts = {string.format("%d", a[#a])}
  for i = #a - 1, 1, -1 do parts[#parts + 1] = string.format("%0" .. WIDTH .. "d", a[i]) end
  return table.concat(parts)
end
local f = fromInt(1)
for i = 1, 30 do f = mulSmall(f, i) end
print("30! =", tostr(f))
local p = fromInt(1)
for i = 1, 100 do p = mulSmall(p, 2) end
print("2^100 =", tostr(p))
local a, b = fromInt(0), fromInt(1)
for i = 1, 150 do a, b = b, add(a, b) end
print("fib(150) =", tostr(a))
print(#tostr(f), #tostr(p), #tostr(a))
local sum = 0
for d in tostr(p):gmatch("%d") do sum = sum + tonumber(d) end
print("digit sum of 2^100:", sum)
print(tostr(add(fromInt(9999999), fromInt(1))), tostr(mulSmall(fromInt(0), 5)))
