-- dialects: 5.3 5.4 5.5
-- \u{} escapes agree with utf8.char; iterating mixed-width strings by code point
local cps = { 0x24, 0xA2, 0x20AC, 0x10348, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF }
for _, cp in ipairs(cps) do
  local viaesc = load(string.format("return '\\u{%X}'", cp))()
  local viachar = utf8.char(cp)
  print(string.format("U+%04X", cp), #viachar, viaesc == viachar, utf8.codepoint(viachar), utf8.len(viachar))
end
local s = "h\u{E9}llo w\u{F6}rld \u{1F600}!"
print(#s, utf8.len(s))
local chars = {}
for _, c in utf8.codes(s) do chars[#chars + 1] = c end
print(table.concat(chars, ","))
local rev = {}
for i = #chars, 1, -1 do rev[#rev + 1] = utf8.char(chars[i]) end
print(table.concat(rev) == utf8.char(table.unpack(chars)):reverse() and "naive reverse equal" or "naive reverse differs")
local parts = {}
for ch in s:gmatch(utf8.charpattern) do parts[#parts + 1] = #ch end
print(table.concat(parts, ""))
local pos = {}
for i = 1, utf8.len(s) do pos[i] = utf8.offset(s, i) end
print(table.concat(pos, " "))
print(utf8.char(72, 0x20AC, 0x10348) == "H\u{20AC}\u{10348}")
print(("\u{48}\u{49}"):upper(), ("\u{C9}"):lower() == "\u{C9}")
