-- dialects: 5.1 5.2 5.3 5.4 5.5
-- long operator chains and deep nesting compile and evaluate correctly
local load = loadstring or load
local parts = {}
for i = 1, 100 do parts[i] = tostring(i) end
print(load("return " .. table.concat(parts, " + "))())
print(load("return " .. table.concat(parts, " .. "))():len())
print(load("return " .. ("("):rep(50) .. "1" .. (")"):rep(50))())
print(load("return " .. ("-"):rep(20) .. "1")())
print(load("return " .. ("not "):rep(21) .. "nil")())
print(load("return " .. ("{"):rep(30) .. ("}"):rep(30))() ~= nil)
local s = "return 1"
for i = 1, 50 do s = s .. " and " .. i end
print(load(s)())
s = "return nil"
for i = 1, 50 do s = s .. " or false" end
print(load(s)())
local nested = "return function() return %s end"
local src = "1"
for i = 1, 20 do src = nested:format(src):sub(8) end
print(type(load("return " .. src)()))
local deep = "x"
for i = 1, 30 do deep = "{" .. deep .. "}" end
local fdeep = load("local x = 1 return " .. deep)
local d = fdeep()
for i = 1, 30 do d = d[1] end
print(d)
local cmp = {}
for i = 1, 20 do cmp[i] = "(1 < 2)" end
print(load("return " .. table.concat(cmp, " == "))())
print(load("return " .. ("2 ^ "):rep(3) .. "2")())
