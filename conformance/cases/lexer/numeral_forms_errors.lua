-- dialects: 5.1 5.2 5.3 5.4 5.5
-- numerals the lexer accepts or rejects per dialect, and the values they denote
local loadstr = loadstring or load
local srcs = { "3", "3.", ".3", "3e2", "3E-2", "3e+2", "0x10", "0X1f", "0xA.8p1", "0x.1", "0x1p-2", "0x1P+4",
  "0xep1", "1e", "1e+", "0x", "0xg", "3..2", "3.4.5", "1_000", "08", "1f", "0x1.", "0x.p1", ".e1", "1.e1",
  "0xffffffffffffffff", "0x1ffffffffffffffff", "18446744073709551615", "9223372036854775807",
  "9223372036854775808", "1e309", "0x7fffffffffffffff", "00012", "0e0", "0x0p0", "1 .. 2", "1..2",
  "- 1", "--1\n+1", "0xA", "2^-1", "1e-400" }
for _, s in ipairs(srcs) do
  local f, e = loadstr("return " .. s)
  if f then
    local ok, v = pcall(f)
    print(string.format("%-24s", string.format("%q", s)), ok and tostring(v) or ("runtime: " .. v), math.type and math.type(v) or type(v))
  else
    print(string.format("%-24s", string.format("%q", s)), "error: " .. e)
  end
end
