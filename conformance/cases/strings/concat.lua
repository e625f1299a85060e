-- dialects: 5.1 5.2 5.3 5.4 5.5
-- concatenation: chains, numbers, right associativity, errors
print("a" .. "b" .. "c", 1 .. 2 .. 3, "x" .. 1.5 .. "y")
local parts = {}
for i = 1, 10 do parts[#parts + 1] = i end
local s = ""
for i = 1, 10 do s = s .. i .. "," end
print(s, table.concat(parts, ","))
print(-1 .. "", 1e100 .. "", (2^53) .. "", 0.5 .. "")
print(pcall(function() return "a" .. nil end))
print(pcall(function() return "a" .. {} end))
print(pcall(function() return true .. "a" end))
print(pcall(function() local t = {} return t.x .. "a" end))
print(pcall(function() local v return "a" .. v end))
print(pcall(function() return 1 .. print end))
local mt = {__concat = function(a, b)
  local x = type(a) == "table" and "T" or tostring(a)
  local y = type(b) == "table" and "T" or tostring(b)
  return x .. "+" .. y
end}
local t = setmetatable({}, mt)
print(t .. "s", "s" .. t, 1 .. t, t .. t)
print("a" .. "b" .. t .. "c" .. "d")
print(t .. 1 .. 2)
print(#("abc" .. "def"), ("ab" .. "cd"):upper())
local n = 10
print(n .. n, n .. "", type(n .. ""))
print("" .. "" == "", ("x"):rep(3) .. ("y"):rep(2))
local big = {}
for i = 1, 200 do big[i] = "w" end
print(#table.concat(big), #(table.concat(big, "--")))
print(1 .. "" == "1", 1.0 .. "")
print(2^63 .. "", -2^63 .. "", math.pi .. "")
local ok, e = pcall(function() local a = {} return a .. "x" end)
print(ok, e)
ok, e = pcall(function() return "x" .. setmetatable({}, {}) end)
print(ok, e)
ok, e = pcall(function() return nil .. nil end)
print(ok, e)
local t2 = setmetatable({}, {__concat = function(a, b) return "C" end})
print(t2 .. nil, nil .. t2, true .. t2)
local calls = {}
local tr = setmetatable({}, {__concat = function(a, b)
  calls[#calls + 1] = (type(a) == "table" and "T" or a) .. "|" .. (type(b) == "table" and "T" or b)
  return "r"
end})
local r = "1" .. "2" .. tr .. "3" .. "4"
print(r, table.concat(calls, " "))
