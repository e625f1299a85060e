-- dialects: 5.1 5.2 5.3 5.4 5.5
-- pattern items: classes, sets, quantifiers, balanced matches, frontiers and anchors
local function m(s, p, init)
  local r = { pcall(string.find, s, p, init) }
  local out = {}
  for i = 1, #r do out[i] = tostring(r[i]) end
  if #r == 1 then out[2] = "nil" end
  print(string.format("%-12s %-16s", string.format("%q", s), string.format("%q", p)), table.concat(out, " "))
end
m("hello", "l+") m("hello", "l*") m("hello", "l-") m("hello", "x*") m("hello", "hx?e")
m("a1b2", "%d") m("a1b2", "%D") m("A_b", "%u") m("A_b", "%l") m(" \t\n", "%s+") m("a,b", "%p")
m("\0\1x", "%c+") m("0xFf", "%x+") m("abc", "%A") m("x\0y", "%z") m("x\0y", "[%z]") m("x\0y", "\0")
m("abc", "[a-c]+") m("abc", "[^a]+") m("a-b", "[a-]+") m("a]b", "[]]") m("a^b", "[b^]") m("abc", "[%a]+")
m("abc", "[]") m("abc", "[^]") m("abc", "[a") m("abc", "%") m("abc", "(") m("abc", ")") m("abc", "%1")
m("THE (quick) fox", "%((%a+)%)") m("f(a(b)c)d", "%b()") m("f(a(b)c", "%b()") m("[[x]]", "%b[]")
m("abc", "%b") m("abc", "%ba") m("if x then y end", "%bte")
m("THE (quick) fox", "%f[%a]%a+") m("THE (quick) fox", "%f[%l]%a+") m("hello", "%f[%z]")
m("hello", "%f[%Z]") m("hello", "%f") m("hello", "%fx") m("hello", "%f[a")
m("hello", "^h") m("hello", "^e") m("hello", "o$") m("hello", "l$") m("he$llo", "$l") m("^x", "^^")
m("hello", "", 10) m("hello", "", 6) m("hello", "", -2) m("hello", "l", -2) m("hello", "h", -10)
m("aaa", "a-a") m("aaa", "^a-$") m("aaab", "a-b") m("ab", ".-b") m("", ".*") m("", ".+")
m("x=1, y=2", "(%w)=(%d)") m("abab", "(ab)%1") m("abcabc", "(a)(b)(c)%3") m("aa", "(a)%2")
m("key = value", "^(%w+)%s*=%s*(%w+)$") m("2024-01-15", "(%d+)-(%d+)-(%d+)")
m("hello", "()ll()") m("hello", "(h)(e)(l)(l)(o)")
