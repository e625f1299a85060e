-- dialects: 5.1 5.2 5.3 5.4 5.5
-- if/elseif/else chains and short-circuit evaluation values
local function classify(n)
  if n < 0 then return "neg" elseif n == 0 then return "zero" elseif n < 10 then return "small" else return "big" end
end
print(classify(-5), classify(0), classify(5), classify(50))
print(1 and 2, nil and 1, false and nil, 1 or 2, nil or "d", false or false, nil or nil)
print(0 and "zero is true", "" and "empty is true")
print(not nil, not 0, not not nil, not false == true)
local calls = 0
local function f(v) calls = calls + 1 return v end
local _ = f(false) and f(true)
print(calls)
_ = f(true) or f(false)
print(calls)
_ = f(nil) or f(1) and f(2)
print(calls)
print(nil and nil or "x", false or nil and 1, 1 and nil or 2)
local x = 5
local y = x > 3 and "gt" or "le"
print(y)
local z = x > 10 and "gt" or x > 4 and "mid" or "low"
print(z)
local t = {}
local v = t.missing and t.missing.deep or "safe"
print(v)
if nil then print("no") elseif false then print("no") else print("else branch") end
if 0 then print("0 truthy") end
if "" then print("empty truthy") end
local function tern(c) return c and 1 or 0 end
print(tern(true), tern(false), tern(nil), tern(0))
print((nil or false), (false or nil), (false and nil), (nil and false))
print(1 == 1 and 2 == 2, 1 == 1 and 2 == 3 or "fallback")
print(select("#", (nil and 1)), select("#", nil or nil))
local a = {}
a.b = a.b or {}
a.b.c = (a.b.c or 0) + 1
print(a.b.c)
local n = nil
print(n == nil and "is nil" or "not nil", n ~= nil)
print(type(nil) == "nil", type(false) == "boolean")
local i = 0
local function side() i = i + 1 return i end
if side() > 0 and side() > 1 and side() > 5 then print("no") end
print(i)
local function both(a, b) return a and b, a or b end
print(both(1, nil))
print(both(false, "b"))
print(both(nil, false))
