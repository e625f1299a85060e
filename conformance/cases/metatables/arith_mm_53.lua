-- dialects: 5.3 5.4 5.5
-- __idiv and bitwise metamethods, and their interplay with integer conversion
local names = {"idiv", "band", "bor", "bxor", "shl", "shr", "bnot", "mod", "div"}
local mt = {}
for _, n in ipairs(names) do
  mt["__" .. n] = function(a, b)
    local function d(x) return type(x) == "table" and "T" or tostring(x) end
    return n .. "(" .. d(a) .. "," .. d(b) .. ")"
  end
end
local T = setmetatable({}, mt)
print(T // 2, 2 // T, T & 1, 1 | T, T ~ 3, T << 1, 1 >> T, ~T)
print(T % 2, 2 / T)
print(1.5 & T, T | 2.5, "x" & T)
print(pcall(function() return 1.5 & 1 end))
print(pcall(function() return {} // 1 end))
print(pcall(function() return {} & 1 end))
print(pcall(function() return 1 & {} end))
print(pcall(function() return ~{} end))
local flags = setmetatable({bits = 0}, {
  __bor = function(a, b) return setmetatable({bits = a.bits | b}, getmetatable(a)) end,
  __band = function(a, b) return a.bits & b end,
})
local f2 = flags | 4 | 1
print(f2.bits, f2 & 4, f2 & 2)
local s = setmetatable({}, {__shl = function(a, b) return "shl called" end})
print(s << 1, 1 << s)
print(pcall(function() return 1 << 1.5 end))
print(pcall(function() return 2^53 // {} end))
local onlyIdiv = setmetatable({}, {__idiv = function() return 7 end})
print(onlyIdiv // 0, pcall(function() return onlyIdiv / 1 end))
local n = setmetatable({}, {__bnot = function(a, b) return rawequal(a, b), type(b) end})
print(~n)
local concatter = setmetatable({}, {__concat = function(a, b) return "cc" end})
print(concatter .. 1, 1 .. concatter)
print(pcall(function() return "3" // 0 end))
print(pcall(function() return "3" % "0" end))
print("7" // "2", "7.0" // "2", "7" % "-2")
print(pcall(function() return 3.5 | 0 end))
print(pcall(function() return "3.0" | 0 end))
