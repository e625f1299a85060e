-- dialects: 5.1 5.2 5.3 5.4 5.5
-- methods and self: colon definitions, self captured in closures, calling with the wrong receiver
local Account = {}
Account.__index = Account
function Account.new(balance) return setmetatable({ balance = balance, log = {} }, Account) end
function Account:deposit(v) self.balance = self.balance + v self.log[#self.log + 1] = "+" .. v return self end
function Account:withdraw(v)
  if v > self.balance then error("insufficient funds", 2) end
  self.balance = self.balance - v
  self.log[#self.log + 1] = "-" .. v
  return self
end
function Account:callback() return function(v) return self:deposit(v) end end
local a = Account.new(100)
a:deposit(50):withdraw(30)
print(a.balance, table.concat(a.log, " "))
local cb = a:callback()
cb(5) cb(5)
print(a.balance)
print(pcall(a.withdraw, a, 1000))
print(pcall(function() a:withdraw(1000) end))
print(pcall(function() return a.deposit(10) end))
print(pcall(function() return Account.deposit({}, 1) end))
local b = Account.new(0)
local dep = b.deposit
dep(b, 7)
print(b.balance, a.balance)
local Derived = setmetatable({}, { __index = Account })
Derived.__index = Derived
function Derived.new(x) local o = Account.new(x) return setmetatable(o, Derived) end
function Derived:deposit(v) return Account.deposit(self, v * 2) end
local d = Derived.new(1)
d:deposit(10):withdraw(1)
print(d.balance, table.concat(d.log, " "), getmetatable(d) == Derived)
local counter = { n = 0 }
function counter.inc(self) self.n = self.n + 1 return self.n end
print(counter:inc(), counter.inc(counter), counter.n)
