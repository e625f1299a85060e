-- dialects: 5.1 5.2 5.3 5.4 5.5
-- "attempt to compare" messages for every pair of distinct types (order of type names matters)
local vals = {{"nil", nil}, {"boolean", true}, {"number", 1}, {"string", "s"}, {"table", {}}, {"function", print}}
for _, a in ipairs(vals) do
  local row = {}
  for _, b in ipairs(vals) do
    local ok, err = pcall(function() return a[2] < b[2] end)
    row[#row + 1] = ok and "ok" or (err:gsub("^.-:%d+: attempt to compare ", ""))
  end
  print(a[1] .. ": " .. table.concat(row, " | "))
end
print(pcall(function() return 1 <= "1" end))
print(pcall(function() return {} >= {} end))
