-- dialects: 5.3 5.4 5.5
-- utf8 together with string functions: reversing code points, patterns, escapes \u{...}
local s = "añ€😀z"
local cps = {utf8.codepoint(s, 1, -1)}
print(#cps, table.concat(cps, ","))
local rev = {}
for i = #cps, 1, -1 do rev[#rev + 1] = utf8.char(cps[i]) end
local r = table.concat(rev)
print(utf8.len(r), r == "z😀€ña")
print("\u{61}\u{F1}\u{20AC}\u{1F600}\u{7A}" == s)
local n = 0
for _, c in utf8.codes(s) do n = n + 1 end
print(n, #s)
print(s:upper(), #s:upper())
local parts = {}
for p, c in utf8.codes(s) do parts[#parts + 1] = p end
print(table.concat(parts, ","))
print(utf8.offset(s, 3), s:sub(utf8.offset(s, 3), utf8.offset(s, 4) - 1) == "€")
print(utf8.len(s, utf8.offset(s, 2)), utf8.len(s, 1, utf8.offset(s, 3) - 1))
local count = select(2, s:gsub(utf8.charpattern, ""))
print(count)
print(utf8.char(0x48, 0x49), utf8.char(), pcall(utf8.char, "x"))
print(#"\u{0}", #"\u{7F}", #"\u{80}", #"\u{7FF}", #"\u{800}", #"\u{FFFF}", #"\u{10000}")
