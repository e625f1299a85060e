-- dialects: 5.1 5.2 5.3 5.4 5.5
-- format of integer extremes, %g variants across magnitudes, %i/%c/%o/%u
local f = string.format
print(f("%d %d", 2147483647, -2147483648), f("%d", 2^31), f("%d", -2^53))
print(f("%x %X %o", 4294967295, 3735928559, 511))
print(f("%5.3d|%-6.2d|%+.0d|", 7, 7, 0))
for _, v in ipairs({0, 1, -1, 0.5, 1e-5, 123456, 1234567, 1e15, 1e16, 2^53, 1/3, -2.5e-8}) do
  io.write(f("%g", v), " ", f("%.3g", v), " ", f("%#.3g", v), " | ")
end
print()
for _, v in ipairs({0, 1.5, -1.5, 1e10, 1e-10, 123.456}) do io.write(f("%e", v), " ", f("%.0e", v), " | ") end
print()
for _, v in ipairs({0.5, 1.5, 2.5, -0.5, 0.125, 1e-7}) do io.write(f("%.0f", v), " ", f("%.2f", v), " | ") end
print()
print(f("%c", 255):byte(), f("%c%c", 0, 10):byte(1, 2))
print(f("%10.4s|%-10.4s|", "abcdefgh", "abcdefgh"))
print(f("%%d %s", "literal"))
print(f("%3d|%-3d|%03d", 12345, 12345, 12345))
print(pcall(function() return f("%.3s", "\0\1\2\3"):len() end), f("%s", "a\0b"):len())
print(f("%s %s", 1e15, 1e16), f("%s", 2^63), f("%s", -2^63))
print(f("%d", -0), f("%5.1f", -0.04), f("%.1f", 0.05), f("%.1f", 0.25))
print(pcall(f, "%d", 1e100))
print(pcall(f, "%c", "x"))
print(f("%-5c|", 65))
