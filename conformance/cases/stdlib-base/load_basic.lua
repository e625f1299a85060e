-- dialects: 5.1 5.2 5.3 5.4 5.5
-- load/loadstring with strings and reader functions, chunk names, syntax errors
local load = load
local loadstr = loadstring or load
local function show(f, err) if type(f) == "function" then return "function" end return f, err end
local f = loadstr("return 1 + 1")
print(f())
print(show(loadstr("syntax error here")))
print(show(loadstr("return", "=mychunk")))
print(show(loadstr("x = ", "@file.lua")))
print(show(loadstr("error('runtime')", "=named")))
print(pcall(loadstr("error('runtime')", "=named")))
print(pcall(loadstr("error('runtime')", "plain source text")))
print(pcall(loadstr("error('runtime')")))
print(pcall(loadstr("\n\nerror('line3')")))
local long = ("x"):rep(100)
print(pcall(loadstr("error('e')", long)))
print(pcall(loadstr("error('e')", "line1\nline2")))
local parts = {"return ", "'pie", "ces'", nil}
local i = 0
local reader = function() i = i + 1 return parts[i] end
local rf, rerr = load(reader)
print(rf and rf(), rerr)
i = 0
local emptyParts = {"", "return 5"}
local r2 = load(function() i = i + 1 return emptyParts[i] end)
print(r2 and r2())
print(show(load(function() return nil end)))
local once = false
print(pcall(function() return show(load(function() if once then return nil end once = true return 5 end)) end))
print(pcall(function() return show(load(function() error("reader failed") end)) end))
local vf = loadstr("return ...")
print(vf(1, 2, 3))
local sumf = loadstr("local a, b = ... return a + b")
print(sumf(3, 4))
print(loadstr("return") ~= nil, select("#", loadstr("return")()))
print(loadstr("") ~= nil, select("#", loadstr("")()))
print(show(loadstr("#!shebang\nreturn 1")))
print(loadstr("return 'a' .. 'b'")())
local fenv = loadstr("x_in_chunk = 5")
fenv()
print(x_in_chunk)
print(type(loadstr("return function() return 1 end")()))
print(loadstr("return 1", "=(load)") ~= nil)
print(pcall(function() return show(load()) end))
print(pcall(function() return show(loadstr()) end))
print(show(loadstr("local x <const> = 1 return x")))
print(show(loadstr("return 1 // 2")))
print(show(loadstr("goto x ::x::")))
print(show(loadstr("return 0x1p4")))
