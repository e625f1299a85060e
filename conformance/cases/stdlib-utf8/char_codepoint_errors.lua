-- dialects: 5.3 5.4 5.5
-- utf8.char/codepoint/len/offset/codes: ranges, invalid sequences, error messages
local function hex(s) return (s:gsub(".", function(c) return string.format("%02X ", c:byte()) end)) end
print(hex(utf8.char(0, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF)))
print(pcall(function() return hex(utf8.char(0x110000)), hex(utf8.char(0x7FFFFFFF)) end))
print(pcall(utf8.char, 0x80000000))
print(pcall(utf8.char, -1))
print(utf8.char(), utf8.char(72, 105))
print(utf8.charpattern == "[\0-\x7F\xC2-\xFD][\x80-\xBF]*")
local s = "aé€𝄞"
print(#s, utf8.len(s), utf8.codepoint(s, 1, -1))
print(utf8.len(s, 2), utf8.len(s, 3), utf8.len(s, -4), utf8.len(""), utf8.len(s, #s + 1))
print(pcall(utf8.len, s, #s + 2))
print(pcall(utf8.len, s, 0))
print(utf8.len("\xFF"), utf8.len("ab\x80cd"), utf8.len("\xC0\x80"), utf8.len("\xED\xA0\x80"))
print(utf8.len("\xF4\x90\x80\x80"), utf8.len("\xF8\x88\x80\x80\x80"))
print(pcall(utf8.codepoint, "\xFF"))
print(pcall(utf8.codepoint, s, 3))
print(pcall(utf8.codepoint, s, 1, 100))
print(utf8.codepoint(s, 2), utf8.codepoint(s, -4), select("#", utf8.codepoint(s, 3, 2)))
print(utf8.offset(s, 1), utf8.offset(s, 2), utf8.offset(s, 3), utf8.offset(s, 4), utf8.offset(s, 5), utf8.offset(s, 6))
print(utf8.offset(s, -1), utf8.offset(s, -2), utf8.offset(s, -4), utf8.offset(s, -5), utf8.offset(s, 0, 3))
print(pcall(utf8.offset, s, 1, 3))
print(pcall(utf8.offset, s, 1, 100))
local out = {}
for p, c in utf8.codes(s) do out[#out + 1] = p .. ":" .. c end
print(table.concat(out, " "))
print(pcall(function() for p, c in utf8.codes("a\xFFb") do end end))
print(pcall(function() for p, c in utf8.codes("\xE2\x82") do end end))
print(utf8.len("\u{D7FF}\u{E000}"), pcall(utf8.codepoint, "\u{D800}"))
