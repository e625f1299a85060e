-- dialects: 5.1 5.2 5.3 5.4 5.5
-- gmatch: anchored patterns, the init argument (5.4+; ignored before), empty matches after non-empty ones
local function all(s, p, init)
  local out = {}
  local ok, err = pcall(function()
    for a, b in string.gmatch(s, p, init) do out[#out + 1] = tostring(a) .. (b and ("/" .. tostring(b)) or "") end
  end)
  if not ok then return "error: " .. err end
  return table.concat(out, " ")
end
print(all("hello world from lua", "%a+"))
print(all("hello world", "^%a+"))
print(all("aaa", "^a"))
print(all("key=val, k2=v2", "(%w+)=(%w+)"))
print(all("abc", ""))
print(all("abc", "()"))
print(all("a,b,,c", "([^,]*)"))
print(all("hello world from lua", "%a+", 7))
print(all("hello world from lua", "%a+", -3))
print(all("one two", "%a+", 100))
print(all("x1y22z333", "%d+"))
print(all("  spaced  out  ", "%S+"))
print(all("aXbXc", "[^X]+"))
print(all("2024-01-02", "(%d+)-?"))
