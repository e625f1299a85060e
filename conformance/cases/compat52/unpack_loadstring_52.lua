-- dialects: 5.2
-- 5.2 keeps some 5.1 names through compatibility options: unpack, loadstring, math.log10
print(type(unpack), type(loadstring), type(math.log10), type(table.maxn), type(module), type(setfenv))
print(unpack({1, 2, 3}))
print(loadstring("return 1 + 1")())
print(math.log10(1000), table.maxn({1, 2, [5] = 5}))
print(type(bit32), type(utf8), type(table.pack))
print(pcall(function(...) return select(1, loadstring(...)) end, "x ="))
print(string.format("%q", 1 / 3))
print(string.format("%d", 3.0), pcall(string.format, "%d", 3.5))
