-- dialects: 5.1 5.2 5.3 5.4 5.5
-- strings in arithmetic: conversions, resulting subtypes and error messages
local unpack = table.unpack or unpack
local function try(f, ...)
  local r = { pcall(f, ...) }
  print(unpack(r, 1, 2))
end
print("10" + 1, "10" * "2", "3" - 1.5, "0x10" + 0, " 7 " * 1, "1e2" + 0)
print("10" / 4, "2" ^ "2", -"3", -"3.5", -" 0x10 ")
print("9" % 4, "9.5" % 4, "-9" % 4)
print(10 .. "", 1.5 .. "", -0.0 .. "", 2^63 .. "", 1e100 .. "")
print("10" == 10, "10" ~= 10, 10 .. "" == "10")
try(function() return "abc" + 1 end)
try(function() return 1 + "abc" end)
try(function() return "1e" * 2 end)
try(function() return "" + 0 end)
try(function() return " " + 0 end)
try(function() local s = "x" return -s end)
try(function() local t = { s = "y" } return t.s * 2 end)
try(function() return "10" < 11 end)
try(function() return 10 <= "11" end)
try(function() return "10" < "9" end)
try(function() return "a" .. {} end)
try(function() return "inf" + 0 end)
try(function() return "nan" * 1 end)
try(function() return "0x1p4" + 0 end)
try(function() return "1" + "0x" end)
print(math.floor("3.7"), math.max("10", "9"), string.rep("ab", "3"))
print(("5"):rep(2) + 1, #("12" .. 3))
local n = "12"
n = n + 0
print(n, type(n))
print(pcall(function() local t = {} return t + "1" end))
