-- dialects: 5.3 5.4 5.5
-- io.lines/file:lines with formats, numbers, multiple values per line, and closing behaviour
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("10 20\n30 40\nword\n")
f:close()
for a, b in io.lines(name, "n", "n") do print(a, b) end
for l in io.lines(name, "L") do io.write("[", l, "]") end
print()
for c in io.lines(name, 3) do io.write("<", c, ">") end
print()
f = assert(io.open(name))
for a in f:lines("n") do io.write(a, ";") end
print()
print(io.type(f), f:read("*a"))
f:close()
f = assert(io.open(name))
local it = f:lines()
print(it(), it())
f:close()
print(pcall(it))
print(type(select(2, pcall(io.lines, name, "?"))))
local ok, e = pcall(function() for l in io.lines(name, "?") do end end)
print(ok, e)
local count = 0
for l in io.lines(name) do count = count + 1 end
print(count)
os.remove(name)
