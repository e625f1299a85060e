-- dialects: 5.1 5.2 5.3 5.4 5.5
-- select with every index from -n-1 to n+1 on lists of several lengths
for n = 0, 3 do
  local args = {}
  for i = 1, n do args[i] = "v" .. i end
  local unpack = table.unpack or unpack
  local line = {}
  for i = -n - 1, n + 1 do
    local ok, a = pcall(function() return select("#", select(i, unpack(args, 1, n))) end)
    line[#line + 1] = i .. ":" .. (ok and a or "E")
  end
  print(n, table.concat(line, " "))
end
print(pcall(function(...) return select(1, select(...)) end, 0))
print(pcall(function(...) return select(1, select(...)) end, -1))
print(select(1))
print(select("#", select(1)))
