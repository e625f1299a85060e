-- dialects: 5.1 5.2 5.3 5.4 5.5
-- string ordering is byte-wise in the C locale, embedded zeros included
local words = {"banana", "Apple", "apple", "cherry", "", "a", "A", "Z", "z", "aa", "a\0", "\255", "10", "9", "1e1"}
table.sort(words)
for i, w in ipairs(words) do io.write(("%q"):format(w), " ") end
print()
print("a" < "b", "a" < "a\0", "a\0" < "a\1", "\0" < "", "" < "\0")
print("abc" < "abd", "abc" <= "abc", "abd" > "abc", "b" > "abc")
print("\127" < "\128", "\128" < "\255", "~" < "\127")
print(("x"):rep(100) < ("x"):rep(101), ("x"):rep(100) .. "a" > ("x"):rep(101))
local a, b = "same", "sa" .. "me"
print(a == b, a <= b, a >= b, a < b)
print(pcall(function() return "a" < 1 end))
print(pcall(function() return {} < "a" end))
print(math.max and pcall(math.max, "a", "b"))
print(("a"):rep(3) == "aaa", "A" == "a", ("A"):lower() == "a")
local list = {}
for i = 1, 20 do list[i] = tostring(i) end
table.sort(list)
print(table.concat(list, " "))
table.sort(list, function(x, y) return tonumber(x) > tonumber(y) end)
print(table.concat(list, " "))
print("a\0b" == "a\0b", "a\0b" == "a\0c", #"a\0b")
print(string.format("%q", "a\0b"))
local function order(x, y)
  if x < y then return "<" elseif x > y then return ">" else return "=" end
end
local pairs_ = {{"a", "B"}, {"abc", "ab"}, {"", ""}, {"\0", "\0\0"}, {"Z", "a"}, {"-", "_"},
  {"1", "01"}, {"0.5", ".5"}, {"hello world", "hello"}, {"\200", "\100"}}
for _, p in ipairs(pairs_) do print(("%q"):format(p[1]), order(p[1], p[2]), ("%q"):format(p[2])) end
print(pcall(function() return "a" <= nil end))
print(pcall(function() return "10" + 0 < 9 end))
