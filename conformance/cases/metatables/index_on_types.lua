-- dialects: 5.1 5.2 5.3 5.4 5.5
-- arithmetic results with __index-based prototypes, method calls, and self
local Account = {}
Account.__index = Account
function Account.new(balance) return setmetatable({balance = balance}, Account) end
function Account:deposit(v) self.balance = self.balance + v return self end
function Account:withdraw(v)
  if v > self.balance then error("insufficient funds", 2) end
  self.balance = self.balance - v
  return self
end
local acc = Account.new(100)
acc:deposit(50):withdraw(30)
print(acc.balance)
print(pcall(acc.withdraw, acc, 1000))
print(pcall(function() acc:withdraw(1000) end))
local Special = setmetatable({}, {__index = Account})
Special.__index = Special
function Special.new(b, limit) local o = Account.new(b) o.limit = limit return setmetatable(o, Special) end
function Special:withdraw(v)
  if v - self.balance >= self.limit then error("limit exceeded") end
  self.balance = self.balance - v
  return self
end
local s = Special.new(10, 100)
s:withdraw(50)
s:deposit(5)
print(s.balance, s.limit, getmetatable(s) == Special)
print(pcall(s.withdraw, s, 200))
print(rawget(s, "deposit"), Special.deposit == Account.deposit)
local called = {}
local obj = setmetatable({}, {__index = function(t, k)
  called[#called + 1] = k
  return function(self, ...) return k, select("#", ...) end
end})
print(obj:foo(1, 2), obj.bar(nil), obj:baz())
print(table.concat(called, ","))
print(pcall(function() local o = setmetatable({}, {__index = {}}) return o:missing() end))
local Stack = {}
Stack.__index = Stack
Stack.__len = function(s) return s.n end
Stack.__tostring = function(s) return "Stack(" .. table.concat(s.items, ",", 1, s.n) .. ")" end
function Stack.new() return setmetatable({items = {}, n = 0}, Stack) end
function Stack:push(v) self.n = self.n + 1 self.items[self.n] = v end
function Stack:pop() local v = self.items[self.n] self.items[self.n] = nil self.n = self.n - 1 return v end
local st = Stack.new()
for i = 1, 5 do st:push(i * i) end
print(#st, tostring(st), st:pop(), st:pop(), #st, tostring(st))
