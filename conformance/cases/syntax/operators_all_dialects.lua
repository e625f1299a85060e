-- dialects: 5.1 5.2 5.3 5.4 5.5
-- every binary/unary operator applied through load, so unsupported ones show as syntax errors
local load = loadstring or load
local ops = {"+", "-", "*", "/", "%", "^", "..", "==", "~=", "<", "<=", ">", ">=", "and", "or", "//", "&", "|", "~", "<<", ">>"}
for _, op in ipairs(ops) do
  local f = load("local a, b = ... return a " .. op .. " b", "=op")
  if not f then print(op, "syntax error")
  else
    local results = {}
    for _, pair in ipairs({{7, 3}, {7.5, 2}, {"7", "3"}}) do
      local ok, r = pcall(f, pair[1], pair[2])
      results[#results + 1] = ok and tostring(r) or "err"
    end
    print(op, table.concat(results, " "))
  end
end
for _, op in ipairs({"-", "not ", "#", "~"}) do
  local f = load("local a = ... return " .. op .. "a", "=un")
  if not f then print(op, "syntax error") else
    local r = {}
    for _, v in ipairs({5, "ab", {1, 2}}) do local ok, x = pcall(f, v) r[#r + 1] = ok and tostring(x) or "err" end
    print(op, table.concat(r, " "))
  end
end
