-- dialects: 5.3 5.4 5.5
-- bitwise metamethods: operand order, floats without integer value, strings, __bnot's second operand
local log = {}
local mt = {}
for _, ev in ipairs({ "band", "bor", "bxor", "shl", "shr" }) do
  mt["__" .. ev] = function(a, b)
    log[#log + 1] = ev .. "(" .. (type(a) == "table" and "T" or tostring(a)) .. "," .. (type(b) == "table" and "T" or tostring(b)) .. ")"
    return ev
  end
end
mt.__bnot = function(a, b) log[#log + 1] = "bnot(" .. tostring(rawequal(a, b)) .. ")" return "bnot" end
local T = setmetatable({}, mt)
local function flush(...) local t = { ... } for i = 1, select("#", ...) do t[i] = tostring(t[i]) end print(table.concat(t, " "), "|", table.concat(log, " ")) log = {} end
flush(T & 1, 1 | T, T ~ T, T << 2, 3 >> T, ~T)
flush(pcall(function() return 1.5 & T end))
flush(pcall(function() return T | 2^63 end))
flush(pcall(function() return "3" & T end))
flush(pcall(function() return 1.5 & 1 end))
flush(pcall(function() return {} & 1 end))
flush(pcall(function() return 1 | "x" end))
flush(pcall(function() return 2^63 >> 1 end))
flush(pcall(function() return ~1.5 end))
flush(pcall(function() return ~{} end))
flush(3.0 & 1, 2^53 | 0, -0.0 | 0)
flush(pcall(function() return "0x10" | 0 end))
