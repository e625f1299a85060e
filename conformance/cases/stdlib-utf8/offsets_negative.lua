-- dialects: 5.3 5.4 5.5
-- utf8.offset and utf8.len with negative indices and boundaries; codepoint ranges
local s = "aé中😀"
for n = -5, 6 do io.write(tostring(utf8.offset(s, n)), " ") end
print()
for i = 1, #s + 1 do io.write(tostring(utf8.offset(s, 0, i)), " ") end
print()
for i = -#s, -1 do io.write(tostring(utf8.len(s, i)), " ") end
print()
print(utf8.len(s, 1, -1), utf8.len(s, 2, 3), utf8.len(s, 4, 6), utf8.len(s, 7, -1))
print(utf8.codepoint(s, -4), utf8.codepoint(s, 2, 4))
print(pcall(utf8.codepoint, s, 3))
print(pcall(utf8.offset, s, 1, #s + 2))
print(pcall(utf8.len, s, #s + 2))
print(utf8.len(s, #s + 1), utf8.offset(s, 1, #s + 1))
print(pcall(utf8.offset, "\x80\x80", 1))
