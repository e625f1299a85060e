-- dialects: 5.1 5.2 5.3 5.4 5.5
-- string.byte with every combination of small positive/negative ranges over a 5-byte string
local s = "ABCDE"
for i = -6, 6, 3 do
  local row = {}
  for j = -6, 6, 2 do
    local r = {s:byte(i, j)}
    row[#row + 1] = i .. "," .. j .. "=" .. (#r > 0 and string.char((table.unpack or unpack)(r)) or "-")
  end
  print(table.concat(row, " "))
end
print(s:byte(), s:byte(nil), s:byte(nil, 2))
print(pcall(string.char, 65, nil))
print(string.char(0x41, 0x42, 0x43) == "ABC", #string.char(0, 0, 0))
