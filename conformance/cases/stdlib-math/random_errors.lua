-- dialects: 5.1 5.2 5.3 5.4 5.5
-- math.random argument checking and ranges (values are only checked against their bounds)
local function try(...) local r = { pcall(math.random, ...) } print(r[1], r[1] and "value" or r[2]) end
try() try(1) try(10) try(1, 10) try(-5, 5) try(3, 3)
try(0) try(2, 1) try(1.5) try(1, 2.5) try(1, 2, 3) try("x") try(-1) try(1e10)
try(math.mininteger or -2^53, math.maxinteger or 2^53)
try(math.maxinteger or 2^53)
local okbounds = true
math.randomseed(42)
for i = 1, 1000 do
  local a = math.random()
  local b = math.random(6)
  local c = math.random(-3, 3)
  if not (a >= 0 and a < 1) then okbounds = false end
  if not (b >= 1 and b <= 6 and b == math.floor(b)) then okbounds = false end
  if not (c >= -3 and c <= 3 and c == math.floor(c)) then okbounds = false end
end
print("bounds ok", okbounds)
math.randomseed(7)
local s1 = { math.random(100), math.random(100), math.random(100) }
math.randomseed(7)
local s2 = { math.random(100), math.random(100), math.random(100) }
print("reseed repeats", s1[1] == s2[1] and s1[2] == s2[2] and s1[3] == s2[3])
print(select("#", math.randomseed(1)))
print(pcall(math.randomseed, "x"))
