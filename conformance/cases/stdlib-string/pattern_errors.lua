-- dialects: 5.1 5.2 5.3 5.4 5.5
-- malformed patterns and capture misuse: the error messages of every function
local pats = { "[a", "[^", "%", "(", "((a)", ")", "%b", "%bx", "%f", "%fa", "(()", "%1", "(a)%2",
  "%0", "[%", "[a-", "a%", "%g", "(a", "a)", "[]", "%z", "()()" }
for _, p in ipairs(pats) do
  local r = {}
  for _, fn in ipairs({ "find", "match", "gsub" }) do
    local ok, e
    if fn == "gsub" then ok, e = pcall(string.gsub, "abc a)", p, "x")
    else ok, e = pcall(string[fn], "abc a)", p) end
    r[#r + 1] = fn .. "=" .. (ok and tostring(e) or e)
  end
  local ok, e = pcall(function() for _ in string.gmatch("abc a)", p) do end end)
  r[#r + 1] = "gmatch=" .. (ok and "ok" or e)
  print(string.format("%q", p), table.concat(r, " | "))
end
local many = string.rep("(a)", 32)
print(pcall(string.find, string.rep("a", 32), many))
many = string.rep("(a)", 33)
print(pcall(string.find, string.rep("a", 33), many))
print(pcall(string.find, string.rep("a", 300), string.rep("a?", 300)))
