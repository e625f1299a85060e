-- dialects: 5.1 5.2 5.3 5.4 5.5
-- find/match with magic characters escaped, plain find of pattern text, init beyond length
local magic = "^$()%.[]*+-?"
for c in magic:gmatch(".") do
  local s = "a" .. c .. "b"
  local ok, pos = pcall(string.find, s, "%" .. c)
  local plain = s:find(c, 1, true)
  print(c, ok and pos or "err", plain)
end
print(("a.b.c"):find(".", 3, true), ("a.b.c"):find("%.", 3))
print(("x"):find("x", 1, true), ("x"):find("x", 2, true), ("x"):find("", 2, true), ("x"):find("", 3, true))
print(("aaa"):find("aa", 2, true), ("abcabc"):find("cab", 1, true))
print(("%d"):find("%d", 1, true), ("%d"):find("%%d"))
print(("a\0b"):find("\0", 1, true), ("a\0b"):find("b", 1, true))
print(("hello"):find("l", -2, true), ("hello"):find("h", -10, true))
print(string.find("abc", "c", 10), string.find("abc", "", 10), string.find("", ""), string.find("", "", 2))
