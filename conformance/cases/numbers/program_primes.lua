-- dialects: 5.1 5.2 5.3 5.4 5.5
-- number theory with plain arithmetic: sieve, factorization, gcd/lcm, modular exponentiation, digits
local function sieve(n)
  local is = {}
  for i = 2, n do is[i] = true end
  for i = 2, math.floor(math.sqrt(n)) do
    if is[i] then for j = i * i, n, i do is[j] = false end end
  end
  local ps = {}
  for i = 2, n do if is[i] then ps[#ps + 1] = i end end
  return ps
end
local ps = sieve(200)
print(#ps, ps[1], ps[#ps], table.concat(ps, " ", 1, 15))
local function factor(n)
  local f = {}
  local d = 2
  while d * d <= n do
    while n % d == 0 do f[#f + 1] = d n = (n - n % d) / d end
    d = d + 1
  end
  if n > 1 then f[#f + 1] = n end
  return f
end
for _, n in ipairs({360, 97, 1001, 65536, 999999}) do print(n, table.concat(factor(n), "*")) end
local function gcd(a, b) while b ~= 0 do a, b = b, a % b end return a end
print(gcd(1071, 462), gcd(17, 5), 1071 * 462 / gcd(1071, 462))
local function powmod(b, e, m) local r = 1 b = b % m while e > 0 do if e % 2 == 1 then r = r * b % m end b = b * b % m e = (e - e % 2) / 2 end return r end
print(powmod(2, 100, 1000007), powmod(3, 200, 13), powmod(7, 0, 5))
local function digits(n) local s = 0 while n > 0 do s = s + n % 10 n = (n - n % 10) / 10 end return s end
print(digits(123456789), digits(2^40))
local perfect = {}
for n = 2, 10000 do
  local s = 1
  for d = 2, math.floor(math.sqrt(n)) do if n % d == 0 then s = s + d if d * d ~= n then s = s + n / d end end end
  if s == n then perfect[#perfect + 1] = n end
end
print(table.concat(perfect, " "))
