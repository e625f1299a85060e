-- dialects: 5.1 5.2 5.3 5.4 5.5
-- table.sort with inconsistent comparators on small arrays (deterministic pivots): error or garbage order
local function attempt(n, cmp, label)
  local t = {}
  for i = 1, n do t[i] = (i * 7) % n + 1 end
  local ok, e = pcall(table.sort, t, cmp)
  local seen, dup = {}, false
  for i = 1, n do if t[i] == nil or seen[t[i]] then dup = true end if t[i] then seen[t[i]] = true end end
  print(label, n, ok, ok and "" or e, dup and "values lost" or "permutation")
end
for _, n in ipairs({ 3, 5, 10, 20, 50 }) do
  attempt(n, function(a, b) return true end, "always-true")
  attempt(n, function(a, b) return a <= b end, "less-equal")
  attempt(n, function(a, b) return false end, "always-false")
end
