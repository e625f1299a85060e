-- dialects: 5.1 5.2 5.3 5.4 5.5
-- print uses tostring (5.1-5.3 call the global tostring; 5.4+ do not) and tabs/newlines
print()
print(nil)
print(nil, nil)
print(1, "two", 3.5, true, false, nil)
print("")
print("a\tb", "c\nd")
print("embedded\0zero")
local orig = tostring
tostring = function(v) return "<" .. orig(v) .. ">" end
print(1, "x")
tostring = orig
print(setmetatable({}, {__tostring = function() return "meta" end}))
print(pcall(function(...) return select(1, print(...)) end, setmetatable({}, {__tostring = function() return 1 end})))
print((tostring(setmetatable({}, {__name = "Named"})):gsub("0x%x+", "ADDR"):gsub(": [%x]+$", ": ADDR")))
io.write("io.write ", 1, " ", 2.5, "\n")
io.write()
io.write("")
print(pcall(function() return io.write("chained "):write("write\n") == io.stdout end))
print(io.write() == io.stdout, type(io.write()))
print(("%5s|%-5s|"):format("ab", "cd"))
print(1e100, -1e-100, 2^-1074)
