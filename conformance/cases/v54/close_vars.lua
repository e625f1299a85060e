-- dialects: 5.4 5.5
-- <close> variables: order, on normal exit, break, return, error; error objects passed to __close
local log = {}
local function res(name)
  return setmetatable({}, {__close = function(o, err) log[#log + 1] = name .. "(" .. tostring(err) .. ")" end})
end
do
  local a <close> = res("a")
  local b <close> = res("b")
  local c <close> = nil
  local d <close> = false
end
print(table.concat(log, " "))
log = {}
for i = 1, 3 do
  local x <close> = res("loop" .. i)
  if i == 2 then break end
end
print(table.concat(log, " "))
log = {}
local function ret()
  local r <close> = res("ret")
  return "returned", #log
end
print(ret())
print(table.concat(log, " "))
log = {}
print(pcall(function()
  local e <close> = res("err")
  error("boom")
end))
print(table.concat(log, " "))
log = {}
print(pcall(function()
  local e1 <close> = setmetatable({}, {__close = function(_, err) log[#log + 1] = "e1 saw " .. tostring(err) error("e1 fails", 0) end})
  local e2 <close> = setmetatable({}, {__close = function(_, err) log[#log + 1] = "e2 saw " .. tostring(err) error("e2 fails", 0) end})
  error("original", 0)
end))
print(table.concat(log, " | "))
print(pcall(function() local bad <close> = {} end))
print(pcall(function() local bad <close> = 42 end))
print(pcall(function() local bad <close> = setmetatable({}, {__index = {__close = function() end}}) end))
local c <const> = 10
print(c * 2)
print(load("local x <const> = 1; x = 2"))
print(load("local x <close>, y <close> = nil, nil"))
print(load("local x <foo> = 1"))
log = {}
do
  local t <close> = res("t")
  local ok = pcall(function() local inner <close> = res("inner") error({}) end)
  log[#log + 1] = "pcall " .. tostring(ok)
end
print((table.concat(log, " "):gsub("table: 0x%x+", "table")))
local function gen()
  local closed = false
  local tbc = setmetatable({}, {__close = function() closed = true log[#log + 1] = "iterator closed" end})
  local i = 0
  return function() i = i + 1 if i <= 5 then return i end end, nil, nil, tbc
end
log = {}
for i in gen() do if i == 2 then break end end
print(table.concat(log, " "))
log = {}
for i in gen() do end
print(table.concat(log, " "))
log = {}
print(pcall(function() for i in gen() do error("in loop") end end))
print(table.concat(log, " "))
local mt = {__close = function(o, e) log[#log + 1] = "closed with " .. select("#", o, e) .. " args" end}
log = {}
do local z <close> = setmetatable({}, mt) end
print(log[1])
