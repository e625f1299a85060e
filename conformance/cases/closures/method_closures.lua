-- dialects: 5.1 5.2 5.3 5.4 5.5
-- closures capturing self in methods, callbacks bound to objects, and private state
local Counter = {}
Counter.__index = Counter
function Counter.new(name) return setmetatable({name = name, n = 0}, Counter) end
function Counter:incrementer(step) return function() self.n = self.n + step return self.name .. "=" .. self.n end end
function Counter:reset() self.n = 0 end
local c1, c2 = Counter.new("a"), Counter.new("b")
local inc1, inc5 = c1:incrementer(1), c1:incrementer(5)
local incB = c2:incrementer(10)
print(inc1(), inc5(), inc1(), incB())
c1:reset()
print(inc1(), c1.n, c2.n)
local function makeAccount(balance)
  local history = {}
  local acct = {}
  function acct.deposit(v) balance = balance + v history[#history + 1] = "+" .. v return balance end
  function acct.withdraw(v)
    if v > balance then return nil, "insufficient" end
    balance = balance - v
    history[#history + 1] = "-" .. v
    return balance
  end
  function acct.history() return table.concat(history, " ") end
  return acct
end
local acct = makeAccount(100)
print(acct.deposit(50), acct.withdraw(30), acct.withdraw(500))
print(acct.history(), acct.balance)
local buttons = {}
for _, label in ipairs({"ok", "cancel"}) do
  buttons[label] = {label = label}
  buttons[label].onClick = function(self) return "clicked " .. self.label .. " via " .. label end
end
print(buttons.ok:onClick(), buttons.cancel.onClick(buttons.ok))
