-- dialects: 5.1 5.2 5.3 5.4 5.5
-- character classes and pattern items, checked over all 256 byte values
local classes = {"%a", "%c", "%d", "%g", "%l", "%p", "%s", "%u", "%w", "%x", "%A", "%D", "%S", "%W", "."}
for _, c in ipairs(classes) do
  local n = 0
  local first, last
  local ok = pcall(string.find, "x", c)
  if ok then
    for b = 0, 255 do
      if string.find(string.char(b), "^" .. c .. "$") then
        n = n + 1
        first = first or b
        last = b
      end
    end
    print(c, n, first, last)
  else
    print(c, "unsupported")
  end
end
print(("a1_ B"):gsub("[%w_]", "."))
print(("a-z"):gsub("[a%-z]", "#"))
print(("]"):find("[]]"), ("^"):find("[%^]"), ("a^"):find("[a^]+"))
print(("abc"):find("[^a]"), ("abc"):find("[^%a]"))
print(("hello"):match("[aeiou]+"), ("rhythm"):match("[aeiou]"))
print(("0x1F"):match("^0[xX](%x+)$"))
print(("a.b"):match("^(.-)%.(.*)$"))
print(("x"):match("[%a-]"), ("-"):match("[%a-]"))
print(("THE END"):lower():gsub("%f[%w]%w", string.upper))
print(("aXb"):find("%f[%u]"), ("abc"):find("%f[%l]"), ("abc"):find("%f[%z]"))
print(("abc"):find("%f[^%z]"))
print(string.match("  42  ", "^%s*(%-?%d+)%s*$"), string.match("-7", "^%s*(%-?%d+)%s*$"))
print(("a+b=c"):gsub("%p", "<%0>"))
print(("one;two;;three"):gsub(";;", ";nil;"))
print(("%d"):gsub("%%d", "digit"))
print(("x*y"):gsub("%*", "times"))
print(("aaa"):match("^(a-)a$"), ("aaa"):match("^(a*)a$"))
print(("ab12cd"):match("%a+(%d+)%a+"))
print(("(foo(bar))baz"):match("%b()"), ("if x then y end"):match("%bie"))
print(("abc"):match("((a)(b))"))
print(("  "):match("^%s*$") ~= nil, (""):match("^$") ~= nil)
print(("\n\t "):gsub("%s", "S"))
