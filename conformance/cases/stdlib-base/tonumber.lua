-- dialects: 5.1 5.2 5.3 5.4 5.5
-- tonumber: decimal/hex/exponent forms, bases 2..36, invalid input, whitespace
local inputs = {"10", "  10  ", "10.5", "-10", "+10", "0x10", "0X1F", "-0x10", "1e2", "1E-2", ".5", "5.",
  "0x1p4", "0x.8", "inf", "nan", "", " ", "1 2", "10a", "a10", "0x", "1e", "--1", "- 1", "0b10",
  "1_000", "\t\n12\r", "12\0", "0x7FFFFFFFFFFFFFFF", "1e400", "-1e400", "00012", "0.1e1"}
for _, s in ipairs(inputs) do
  io.write(string.format("%q", s), "=", tostring(tonumber(s)), " ")
end
print()
print(tonumber(10), tonumber(1.5), tonumber(nil), tonumber(true), tonumber({}))
print(tonumber("ff", 16), tonumber("FF", 16), tonumber("zz", 36), tonumber("ZZ", 36), tonumber("777", 8))
print(tonumber("101", 2), tonumber("102", 2), tonumber("", 2), tonumber(" 11 ", 2), tonumber("-11", 2))
print(tonumber("10", 10), tonumber("1.5", 10), tonumber("0x10", 16), tonumber("10", 36))
print(tonumber("9", 8), tonumber("z", 35), tonumber("Z", 36))
print(pcall(function(...) return select(1, tonumber(...)) end, "10", 1))
print(pcall(function(...) return select(1, tonumber(...)) end, "10", 37))
print(pcall(function(...) return select(1, tonumber(...)) end, 10, 10))
print(pcall(function(...) return select(1, tonumber(...)) end, "10", 2.5))
print(pcall(function(...) return select(1, tonumber(...)) end))
print(tonumber("7fffffffffffffff", 16), tonumber("ffffffffffffffff", 16))
print(tonumber("1" .. ("0"):rep(30), 2))
print(tonumber("0x1.8"), tonumber("1e+2"), tonumber("1e-0"))
print(tonumber("  -0x10  "), tonumber("-  1"))
print(math.type and math.type(tonumber("10")), math.type and math.type(tonumber("10.0")), math.type and math.type(tonumber("1e1")))
print(tonumber("10", nil))
print(tonumber("  +5  ", 10), tonumber("+0x5"))
