-- dialects: 5.1 5.2 5.3 5.4 5.5
-- sorting strings with numbers inside, case-insensitive comparisons, and stability of results
local files = {"file10.txt", "file2.txt", "File1.txt", "file1.txt", "file20.txt", "file3.TXT"}
table.sort(files)
print(table.concat(files, " "))
table.sort(files, function(a, b) return a:lower() < b:lower() or (a:lower() == b:lower() and a < b) end)
print(table.concat(files, " "))
local function natural(a, b)
  local na, nb = tonumber(a:match("%d+")), tonumber(b:match("%d+"))
  if na and nb and na ~= nb then return na < nb end
  return a < b
end
table.sort(files, natural)
print(table.concat(files, " "))
print(("abc"):upper() < ("abd"):upper(), ("B"):lower() > ("a"):lower())
print(("10"):rep(2) < "2", "10" < "9", tonumber("10") < tonumber("9"))
print(string.format("%3s|%-3s|", "é", "é"))
local cases = {{"a", "b"}, {"a", "A"}, {"", "a"}, {"abc", "abd"}, {"abc", "ab"}, {"Z", "a"}, {"\0", "\1"}, {"a\0b", "a\0c"}, {"a\0", "a"}, {"\255", "\127"}, {"é", "f"}, {"10", "2"}}
for _, c in ipairs(cases) do
  local a, b = c[1], c[2]
  print(("%q"):format(a), ("%q"):format(b), a < b, a <= b, a > b, a == b)
end
