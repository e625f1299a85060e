-- dialects: 5.4 5.5
-- the 4th value of a generic for is a to-be-closed variable: closed on normal end, break, return, error
local log = {}
local function closing(name)
  return setmetatable({}, {__close = function(_, err) log[#log + 1] = name .. (err and ":err" or ":ok") end})
end
local function iter(n, name)
  local i = 0
  return function() i = i + 1 if i <= n then return i end end, nil, nil, closing(name)
end
for i in iter(3, "normal") do end
for i in iter(3, "break") do if i == 2 then break end end
local function early() for i in iter(3, "return") do if i == 1 then return "returned" end end end
print(early())
print(pcall(function() for i in iter(3, "error") do error("inside") end end))
for i in iter(0, "empty") do end
print(table.concat(log, " "))
print(pcall(function() for i in function() end, nil, nil, 42 do end end))
print(pcall(function() for i in function() end, nil, nil, nil do end return "nil closing value ok" end))
print(pcall(function() for i in function() end, nil, nil, false do end return "false closing value ok" end))
log = {}
local co = coroutine.wrap(function()
  for i in iter(5, "coroutine") do coroutine.yield(i) end
end)
print(co(), co())
print(#log)
