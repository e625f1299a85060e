-- dialects: 5.3 5.4 5.5
-- integer wraparound in arithmetic and string->integer conversion limits
local max, min = math.maxinteger, math.mininteger
print(max + 1, min - 1, max * max, min * min)
print(max + max, min + min, -min, min // -1)
print(max - min, min - max)
print(1 << 63, 1 << 64, 1 << 62, -1 >> 1)
print(max * 3, 12345678901 * 98765432101)
print(tonumber("9223372036854775807"), tonumber("9223372036854775808"))
print(tonumber("-9223372036854775808"), math.type(tonumber("-9223372036854775808")))
print(tonumber("0x7fffffffffffffff"), tonumber("0xffffffffffffffff"), tonumber("0x1ffffffffffffffff"))
print(math.type(tonumber("9223372036854775808")), math.type(tonumber("0xffffffffffffffff")))
print("9223372036854775807" + 0, "9223372036854775807" + 1)
print(("9223372036854775808" + 0) == 2^63)
print(math.abs(min), math.abs(min) == min)
print(min % -1, min % 1, max % 2, min % 2)
print(math.ult(1, -1), math.ult(-1, 1), math.ult(max, min))
print(string.format("%x", -1), string.format("%d", min))
print(max // 1, max // -1, min // 1)
print(7 // -1, -7 // 1, 0 // -1)
if _VERSION ~= "Lua 5.3" then -- 5.3 loops forever here
local t = {}
for i = max - 2, max do t[#t + 1] = i end
print(#t, t[1], t[3])
t = {}
for i = min + 2, min, -1 do t[#t + 1] = i end
print(#t, t[1], t[3])
end
print(max + 0.0 == max + 1.0, (max + 0.0) == 2^63)
print(2^63 == math.mininteger * -1.0, -2^63 == math.mininteger)
print(math.maxinteger // 2 * 2 + 1 == max)
print(-(-max), -(-min) == min)
print(5 * -0, 0 * -5)
