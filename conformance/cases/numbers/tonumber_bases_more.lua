-- dialects: 5.1 5.2 5.3 5.4 5.5
-- tonumber with and without a base: accepted forms, whitespace, signs, bad bases
local cases = {
  {"10"}, {"  10  "}, {"\t\n10\r"}, {"10x"}, {"1e1"}, {"1E+1"}, {"1e"}, {".5"}, {"5."}, {"."},
  {"0x"}, {"0x1A"}, {"-0x1A"}, {"0x1p4"}, {"0x.8"}, {"0x1P-1"}, {"1e-2"}, {"-.5e1"},
  {"inf"}, {"nan"}, {"infinity"}, {""}, {" "}, {"+5"}, {"+-5"}, {"--5"}, {"0b101"}, {"1_000"},
  {"ff", 16}, {"FF", 16}, {"-ff", 16}, {"  ff  ", 16}, {"zz", 36}, {"ZZ", 36}, {"10", 2},
  {"102", 2}, {"777", 8}, {"8", 8}, {"1.5", 10}, {"", 10}, {"z", 35}, {"-", 10}, {"11", 3},
  {"7fffffffffffffff", 16}, {"ffffffffffffffff", 16}, {"10000000000000000", 16},
  {"0x10", 16}, {"10", 10}, {"  -10", 10}, {"1e2", 10}, {"12", 36},
}
for _, c in ipairs(cases) do
  local s, base = c[1], c[2]
  local v
  if base then v = tonumber(s, base) else v = tonumber(s) end
  print(string.format("%q", s), base or "-", v)
end
local function try(f) local ok, e = pcall(f) print(ok, e) end
try(function() return tonumber("10", 1) end)
try(function() return tonumber("10", 37) end)
try(function() return tonumber("10", 0) end)
try(function() return tonumber("10", 2.5) end)
try(function() return tonumber(10, 16) end)
try(function() return tonumber() end)
print(tonumber(nil), tonumber(true), tonumber({}) , tonumber(print) == nil)
print(tonumber(42), tonumber(4.5), tonumber("  0x10  "), tonumber("1" .. "0"))
print(tonumber("10", 16.0), tonumber("10", "16"))
