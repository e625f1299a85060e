-- dialects: 5.1 5.2 5.3 5.4 5.5
-- recursive local functions, mutual recursion, deep (non-tail) and tail recursion
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(5), fact(10), fact(20))
local fib
fib = function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(20))
local isEven, isOdd
function isEven(n) if n == 0 then return true end return isOdd(n - 1) end
function isOdd(n) if n == 0 then return false end return isEven(n - 1) end
print(isEven(10), isOdd(7), isEven(7))
local function tail(n, acc) if n == 0 then return acc end return tail(n - 1, acc + 1) end
print(tail(100000, 0))
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(5000))
local notLocal = function(n) return n end
local g = function(n) if n == 0 then return "base" end return type(notLocal) end
print(g(1))
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(ack(2, 3), ack(3, 3))
local function hanoi(n, from, to, via, moves)
  if n == 0 then return moves end
  hanoi(n - 1, from, via, to, moves)
  moves[#moves + 1] = from .. to
  hanoi(n - 1, via, to, from, moves)
  return moves
end
local m = hanoi(3, "A", "C", "B", {})
print(#m, table.concat(m, " "))
local function sum(t, i) i = i or 1 if i > #t then return 0 end return t[i] + sum(t, i + 1) end
print(sum({1, 2, 3, 4, 5}))
local f = function(self, n) if n == 0 then return "done" end return self(self, n - 1) end
print(f(f, 10))
local function gcd(a, b) if b == 0 then return a end return gcd(b, a % b) end
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
local function perm(s)
  if #s <= 1 then return {s} end
  local out = {}
  for i = 1, #s do
    local rest = s:sub(1, i - 1) .. s:sub(i + 1)
    for _, p in ipairs(perm(rest)) do out[#out + 1] = s:sub(i, i) .. p end
  end
  return out
end
print(table.concat(perm("abc"), " "))
local function countdown(n) if n > 0 then return countdown(n - 1) end return "tail done" end
print(countdown(200000))
print(select("#", (function(...) return ... end)()))
