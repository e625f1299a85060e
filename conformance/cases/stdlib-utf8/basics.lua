-- dialects: 5.3 5.4 5.5
-- utf8.char, charpattern, codepoint, len, offset, codes
local function hex(s) return (s:gsub(".", function(c) return string.format("%02X", c:byte()) end)) end
print(hex(utf8.char(72, 228, 8364, 128512)), utf8.char(), hex(utf8.char(0)))
print(hex(utf8.char(0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF)))
print(pcall(utf8.char, -1))
print(pcall(utf8.char, 0x80000000))
print(pcall(function() return hex(utf8.char(0x7FFFFFFF)) end))
print(utf8.charpattern == "[\0-\x7F\xC2-\xFD][\x80-\xBF]*", #utf8.charpattern)
local s = "häll€ 😀"
print(#s, utf8.len(s))
print(utf8.codepoint(s, 1, -1))
print(utf8.codepoint(s), utf8.codepoint(s, 2), pcall(utf8.codepoint, s, 3))
print(utf8.len(s, 3), utf8.len(s, 1, 2), utf8.len(s, -4), utf8.len(""))
print(utf8.len("\xFF"), utf8.len("abc\x80def"), utf8.len("\xC3"), utf8.len("a\xE2\x82"))
print(pcall(utf8.len, s, 20))
print(pcall(utf8.len, s, 0))
print(utf8.offset(s, 1), utf8.offset(s, 2), utf8.offset(s, 3), utf8.offset(s, 7), utf8.offset(s, 8), utf8.offset(s, 9))
print(utf8.offset(s, -1), utf8.offset(s, -2), utf8.offset(s, 0, 3), utf8.offset(s, 0, 8))
print(pcall(utf8.offset, s, 1, 3))
print(utf8.offset("abc", 5), utf8.offset("abc", -5))
local cps = {}
for p, c in utf8.codes(s) do cps[#cps + 1] = p .. ":" .. c end
print(table.concat(cps, " "))
print(pcall(function() for p, c in utf8.codes("ab\xFFcd") do end end))
print(pcall(function() for p, c in utf8.codes("\xC3") do end end))
local chars = {}
for ch in s:gmatch(utf8.charpattern) do chars[#chars + 1] = hex(ch) end
print(table.concat(chars, " "))
print(utf8.codepoint("\u{10FFFF}"), pcall(utf8.codepoint, "\xF4\x90\x80\x80"))
print(pcall(utf8.codepoint, "\xED\xA0\x80"))
print(pcall(utf8.codepoint, "\xC0\x80"))
print(utf8.len("\xED\xA0\x80"), utf8.len("\xC0\x80"), utf8.len("\xF4\x90\x80\x80"))
print(utf8.codepoint("abc", -1), select("#", utf8.codepoint("abc", 2, 1)))
print(pcall(utf8.codepoint, "abc", 4))
