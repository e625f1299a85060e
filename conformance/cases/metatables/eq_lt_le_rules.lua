-- dialects: 5.1 5.2 5.3 5.4 5.5
-- when __eq, __lt and __le are consulted, with which operands, and how results are converted
local log = {}
local function mk(name, v, mt) return setmetatable({ name = name, v = v }, mt) end
local mt1 = {
  __eq = function(a, b) log[#log + 1] = "eq(" .. a.name .. "," .. b.name .. ")" return a.v == b.v end,
  __lt = function(a, b) log[#log + 1] = "lt(" .. tostring(a.name or a) .. "," .. tostring(b.name or b) .. ")" return (a.v or a) < (b.v or b) end,
  __le = function(a, b) log[#log + 1] = "le(" .. tostring(a.name or a) .. "," .. tostring(b.name or b) .. ")" return (a.v or a) <= (b.v or b) end,
}
local mt2 = { __eq = function(a, b) log[#log + 1] = "eq2" return "yes" end }
local a, b, c = mk("a", 1, mt1), mk("b", 1, mt1), mk("c", 2, mt1)
local d = mk("d", 1, mt2)
local plain = { name = "p", v = 1 }
local function flush(...)
  local t, n = { ... }, select("#", ...)
  for i = 1, n do t[i] = tostring(t[i]) end
  print(table.concat(t, " ", 1, n) .. " | " .. table.concat(log, " "))
  log = {}
end
flush(a == b)
flush(a ~= b)
flush(a == c)
flush(a == a)
flush(a == d)
flush(d == a)
flush(a == plain)
flush(plain == a)
flush(d == mk("e", 0, mt2))
flush(a == 1)
flush(rawequal(a, b))
flush(a < c)
flush(c > a)
flush(a <= c)
flush(c >= a)
flush(not (a < b))
local mtlt = { __lt = function(x, y) log[#log + 1] = "lt" return (x.v or x) < (y.v or y) end }
local x, y = setmetatable({ v = 1 }, mtlt), setmetatable({ v = 2 }, mtlt)
flush(pcall(function() return x <= y end))
flush(pcall(function() return y >= x end))
flush(pcall(function() return x < 5 end))
flush(pcall(function() return 5 < x end))
flush(pcall(function() return x < "s" end))
flush(pcall(function() return a < 5 end))
local mtret = { __lt = function() return 0 end, __le = function() return nil end, __eq = function() return {} end }
local p, q = setmetatable({}, mtret), setmetatable({}, mtret)
flush(p < q, p <= q, p == q, p ~= q, p > q, p >= q)
local mixed1 = setmetatable({}, { __lt = function() return true end })
local mixed2 = setmetatable({}, { __lt = function() return false end })
flush(pcall(function() return mixed1 < mixed2, mixed2 < mixed1 end))
flush(pcall(function() return {} < {} end))
flush(pcall(function() return {} <= {} end))
