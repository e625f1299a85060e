-- dialects: 5.1 5.2 5.3 5.4 5.5
-- building strings: loops of concatenation, table.concat, format, rep; results compared
local parts = {}
for i = 1, 1000 do parts[i] = tostring(i % 10) end
local a = table.concat(parts)
local b = ""
for i = 1, 1000 do b = b .. (i % 10) end
print(#a, a == b, a:sub(1, 12), a:sub(-5))
local c = ("1234567890"):rep(100)
print(c == a:sub(10) .. "0" or c:sub(1, 10), #c)
local words = {}
for w in ("the quick brown fox jumps over the lazy dog"):gmatch("%a+") do words[#words + 1] = w end
print(#words, table.concat(words, "_"))
local counts = {}
for _, w in ipairs(words) do counts[w] = (counts[w] or 0) + 1 end
print(counts.the, counts.fox, counts.cat)
local csv = {}
for i = 1, 5 do csv[i] = string.format("%d,%s,%.1f", i, ("x"):rep(i), i / 2) end
print(table.concat(csv, ";"))
local padded = string.format("[%10s][%-10s][%010d]", "right", "left", 42)
print(padded)
local function join(sep, ...)
  local t = {...}
  for i = 1, select("#", ...) do t[i] = tostring(t[i]) end
  return table.concat(t, sep)
end
print(join(", ", 1, nil, true, 2.5, "s"))
local big = ("abc"):rep(10000)
print(#big, big:sub(29998, 30000), select(2, big:gsub("abc", "")))
local nested = ""
for i = 1, 5 do nested = "(" .. nested .. i .. ")" end
print(nested)
local sb = {}
for i = 1, 26 do sb[#sb + 1] = string.char(96 + i) end
print(table.concat(sb):upper(), #table.concat(sb, "  "))
print(("x"):rep(3, ("-"):rep(2)))
local lines = {}
for line in ("a\nbb\n\nccc\n"):gmatch("([^\n]*)\n") do lines[#lines + 1] = #line end
print(table.concat(lines, ","))
