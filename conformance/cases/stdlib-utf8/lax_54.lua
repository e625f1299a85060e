-- dialects: 5.4 5.5
-- utf8 lax mode: surrogates and code points up to 2^31 accepted when lax is true
local sur = "\xED\xA0\x80"
local big = utf8.char(0x7FFFFFFF)
print(utf8.len(sur), utf8.len(sur, 1, -1, true))
print(utf8.len(big), utf8.len(big, 1, -1, true))
print(pcall(utf8.codepoint, sur), utf8.codepoint(sur, 1, 1, true))
print(pcall(utf8.codepoint, big), utf8.codepoint(big, 1, 1, true))
local n = 0
print(pcall(function() for p, c in utf8.codes(sur) do n = n + 1 end end), n)
n = 0
for p, c in utf8.codes(sur .. big, true) do n = n + 1 io.write(p, ":", c, " ") end
print(n)
print(utf8.len("\xF8\x88\x80\x80\x80", 1, -1, true), utf8.len("\xFE", 1, -1, true))
print(pcall(function() for p, c in utf8.codes("a\x80", true) do end end))
print(utf8.char(0xD800) == sur, #utf8.char(0x10FFFF + 1))
print(utf8.codepoint(utf8.char(0x110000), 1, 1, true))
print(pcall(utf8.codepoint, utf8.char(0x110000)))
