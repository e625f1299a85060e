-- dialects: 5.3 5.4 5.5
-- bitwise metamethods are tried when an operand is not convertible: floats without integer value, strings, tables
local B = setmetatable({}, {
  __band = function(a, b) return "band" end, __bor = function(a, b) return "bor" end,
  __bxor = function(a, b) return "bxor" end, __shl = function(a, b) return "shl" end,
  __shr = function(a, b) return "shr" end, __bnot = function(a) return "bnot" end,
})
print(B & 1, 1 | B, B ~ B, B << 2, 2 >> B, ~B)
print(1.5 & B, B | "x", "y" ~ B)
local numstr = setmetatable({}, {__band = function(a, b) return type(a) .. "&" .. type(b) end})
print(numstr & 1.5, 2.5 & numstr, "3" & numstr)
print(pcall(function() return 1.5 & 1 end))
print(pcall(function() return "1.5" & 1 end))
print(pcall(function() return {} & {} end))
print(pcall(function() return 1 & nil end))
local onlyBand = setmetatable({}, {__band = function() return "only band" end})
print(onlyBand & 0, pcall(function() return onlyBand | 0 end))
