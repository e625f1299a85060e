-- dialects: 5.1 5.2 5.3 5.4 5.5
-- load: reader functions, chunk names in messages, modes, environments, and bad arguments
local function show(...) local t = { ... } local n = select("#", ...) for i = 1, n do t[i] = type(t[i]) == "function" and "<function>" or tostring(t[i]) end return n .. ": " .. table.concat(t, " | ", 1, n) end
local parts = { "return ", "1 ", "+ ", "41" }
local i = 0
local f = load(function() i = i + 1 return parts[i] end)
print(f())
i = 0
f = load(function() i = i + 1 if i == 1 then return "return 'early'" end return "" end)
print(f())
i = 0
f = load(function() i = i + 1 if i == 1 then return "return 7" end return nil end)
print(f())
local once = false
print(show(load(function() if once then return nil end once = true return 5 end)))
print(show(load(function() error("reader failed") end)))
print(show(load(function() return {} end)))
local loadstr = loadstring or load
print(show(loadstr("x =", "=mychunk")))
print(show(loadstr("x =", "@file.lua")))
print(show(loadstr("x =", "plain name")))
print(show(loadstr("x =")))
print(show(loadstr("x = \n\n =", "=multi")))
print(show(loadstr("error('rt')", "=rtname")))
print(show(pcall(loadstr("error('rt')", "=rtname"))))
print(show(pcall(loadstr("error('rt')", "@some/file.lua"))))
print(show(pcall(loadstr("error('rt')", "a string chunk"))))
print(show(pcall(loadstr("local x = nil; return x.y", "=(load)"))))
local long = string.rep("x", 100)
print(show(pcall(loadstr("error('e')", long))))
print(show(pcall(loadstr("\n\nerror('e')", "line one\nline two"))))
print(show(pcall(function() return load("return 1", "n", "t") end)))
print(show(pcall(function() return load("return 1", "n", "b") end)))
print(show(pcall(function() return load("return 1", "n", "bt") end)))
print(show(pcall(function() return load("return 1", "n", "x") end)))
local env = { y = 5 }
local okg, g = pcall(function() return load("y = y + 1 return y", "env", "t", env) end)
print(okg, type(g) == "function" and g(), env.y, y)
local okg2, g2 = pcall(function() return load("return print", "env", "t", {}) end)
print(okg2, type(g2) == "function" and g2())
print(show(pcall(function() return load() end)))
print(show(pcall(function() return load(42) end)))
print(show(pcall(function() return loadstr(nil) end)))
print(show(loadstr("")))
print(loadstr("")())
print(show(loadstr("return ...")(1, 2)))
print(show(loadstr("\27Lua")))
print(show(loadstr("#!shebang\nreturn 1")))
