-- dialects: 5.1 5.2 5.3 5.4 5.5
-- string.match and gmatch: captures, position captures, anchors, init (gmatch init 5.4+)
print(("hello world"):match("%w+"), ("hello world"):match("(%w+) (%w+)"))
print(("key=val"):match("(%w+)=(%w*)"), ("key="):match("(%w+)=(%w*)"))
print(("  trim me  "):match("^%s*(.-)%s*$") .. "|")
print(("2024-01-15"):match("(%d+)-(%d+)-(%d+)"))
print(("abc"):match("()b()"), ("abc"):match("()"))
print(("abc"):match("x"), ("abc"):match(".-"), ("abc"):match(".-$"))
print(("[[nested]]"):match("%[(%b[])%]"))
print(("hello"):match("(h)(e)(l)(l)(o)"))
print(("aaa"):match("(a*)(a*)"), ("aaa"):match("(a-)(a*)"))
print(("abc"):match("^(a)"), ("abc"):match("^(b)"))
print(("abcabc"):match("(abc)%1"), ("abcabd"):match("(abc)%1"))
print(("x = 'quoted'"):match("(['\"])(.-)%1"))
print(("number 42 here"):match("%d+") + 1)
print(("abc"):match("b", 3), ("abc"):match("b", -2), ("abc"):match(".", -1))
local words = {}
for w in ("one two  three"):gmatch("%a+") do words[#words + 1] = w end
print(#words, table.concat(words, ","))
local pairs_ = {}
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do pairs_[#pairs_ + 1] = k .. v end
print(table.concat(pairs_, " "))
local pos = {}
for p in ("abab"):gmatch("()b") do pos[#pos + 1] = p end
print(table.concat(pos, ","))
local empties = 0
for e in ("abc"):gmatch("") do empties = empties + 1 end
print(empties)
local ws = {}
for w in ("x  y"):gmatch("%s*") do ws[#ws + 1] = "[" .. w .. "]" end
print(table.concat(ws))
local anch = {}
for a in ("aaa"):gmatch("^a") do anch[#anch + 1] = a end
print(#anch)
local ok, it = pcall(string.gmatch, "a1b2c3", "%a(%d)", 3)
if ok then
  local r = {}
  for d in it do r[#r + 1] = d end
  print(table.concat(r, ","))
end
print(pcall(string.match, "x", "("))
print(pcall(string.match, "x", "%"))
print(pcall(string.match, "x", "(()"))
print(pcall(string.match, "x", "%1"))
print(pcall(string.match, "x", "[%"))
print(pcall(string.match, "x", "%b"))
print(pcall(string.match, "x", "%f"))
print(pcall(string.match, "x", "x)"))
print(("café"):match("[\128-\255]+"))
print(("f(x) = y"):match("^(%w+)(%b())"))
local it2 = ("a,b,,c"):gmatch("([^,]*)")
local parts = {}
for p in it2 do parts[#parts + 1] = "<" .. p .. ">" end
print(table.concat(parts))
