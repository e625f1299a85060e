-- dialects: 5.1 5.2 5.3 5.4 5.5
-- table-driven state machine (vending machine) with transitions, guards and actions
local machine = {state = "idle", credit = 0, log = {}}
local prices = {cola = 150, chips = 100}
local transitions = {
  idle = {coin = function(m, v) m.credit = m.credit + v return "paying" end},
  paying = {
    coin = function(m, v) m.credit = m.credit + v return "paying" end,
    select = function(m, item)
      local p = prices[item]
      if not p then m.log[#m.log + 1] = "unknown item " .. tostring(item) return "paying" end
      if m.credit < p then m.log[#m.log + 1] = "need " .. (p - m.credit) .. " more for " .. item return "paying" end
      m.credit = m.credit - p
      m.log[#m.log + 1] = "vend " .. item
      return m.credit > 0 and "change" or "idle"
    end,
    cancel = function(m) m.log[#m.log + 1] = "refund " .. m.credit m.credit = 0 return "idle" end,
  },
  change = {take = function(m) m.log[#m.log + 1] = "change " .. m.credit m.credit = 0 return "idle" end},
}
local function fire(m, event, arg)
  local t = transitions[m.state][event]
  if not t then m.log[#m.log + 1] = "ignored " .. event .. " in " .. m.state return end
  local from = m.state
  m.state = t(m, arg)
  m.log[#m.log + 1] = from .. " -" .. event .. "-> " .. m.state
end
local script = {{"select", "cola"}, {"coin", 100}, {"select", "cola"}, {"coin", 100}, {"select", "tea"},
  {"select", "cola"}, {"coin", 5}, {"take"}, {"coin", 100}, {"cancel"}, {"cancel"}, {"coin", 100}, {"select", "chips"}}
for _, s in ipairs(script) do fire(machine, s[1], s[2]) end
for i, l in ipairs(machine.log) do print(i, l) end
print(machine.state, machine.credit)
