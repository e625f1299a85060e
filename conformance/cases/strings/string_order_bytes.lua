-- dialects: 5.1 5.2 5.3 5.4 5.5
-- string ordering is bytewise in the C locale: embedded zeros, prefixes, high bytes, case
local pairs_ = { { "a", "b" }, { "a", "a" }, { "", "a" }, { "a", "" }, { "abc", "abd" }, { "ab", "abc" },
  { "Z", "a" }, { "a\0b", "a\0c" }, { "a\0", "a" }, { "a", "a\0" }, { "\0", "" }, { "\255", "a" },
  { "\127", "\128" }, { "10", "9" }, { "-1", "0" }, { "a b", "a_b" }, { "A", "a" }, { "\0\0", "\0" } }
for _, p in ipairs(pairs_) do
  local a, b = p[1], p[2]
  print(string.format("%q %q", a, b), a < b, a <= b, a > b, a >= b, a == b)
end
local words = { "banana", "Apple", "apple", "", "a\0z", "a", "Banana", "\200x", "123", "12", "_" }
table.sort(words)
for i, w in ipairs(words) do words[i] = string.format("%q", w) end
print(table.concat(words, " "))
print(("abc"):rep(3) < ("abc"):rep(2) .. "abd", "x" .. "\0" < "x" .. "\1")
print(pcall(function() return "a" < 1 end))
print(pcall(function() return {} < "a" end))
