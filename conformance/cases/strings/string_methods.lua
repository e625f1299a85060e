-- dialects: 5.1 5.2 5.3 5.4 5.5
-- method calls on string values go through the string metatable
local s = "Hello"
print(s:upper(), s:lower(), s:len(), s:rep(2), s:reverse(), s:sub(2, 3))
print(("x"):rep(3), ("%d-%s"):format(5, "a"), ("a,b"):find(","))
print(#s, s:byte(1), s:find("l"), s:match("l+"))
local mt = getmetatable("")
print(type(mt), type(mt.__index), mt.__index == string)
print(rawequal(getmetatable("a"), getmetatable("b")))
string.shout = function(x) return x:upper() .. "!" end
print(("hey"):shout())
string.shout = nil
print(pcall(function() return ("hey"):shout() end))
print(pcall(function() local n = 5 return n:upper() end))
print(pcall(function() return ("x"):nope() end))
print(pcall(function() return (nil):upper() end))
print(("abc"):upper():lower():rep(2):len())
local str = "a.b.c"
print(str:gsub("%.", "/"))
print(("  trim  "):match("^%s*(.-)%s*$") .. "|")
print(("key=value"):match("(%w+)=(%w+)"))
print(("test"):find("t", 2), ("test"):find("x"))
local names = {}
for k in pairs(string) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
local mkeys = {}
for k in pairs(getmetatable("")) do mkeys[#mkeys + 1] = k end
table.sort(mkeys)
print(table.concat(mkeys, " "))
print(pcall(function(...) return select(1, setmetatable(...)) end, "x", {}))
print(getmetatable("").__metatable)
print(("5") + 0, pcall(function() return ("5"):foo() end))
print(type(("abc").len), ("abc").x)
print(pcall(function() return ("abc")[1] end))
print(pcall(function() local t = "x" t.y = 1 end))
