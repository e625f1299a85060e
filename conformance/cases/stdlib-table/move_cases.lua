-- dialects: 5.3 5.4 5.5
-- table.move: overlapping ranges, other destinations, metamethods and limits
local function show(t, n) local o = {} for i = 1, n do o[i] = tostring(t[i]) end return table.concat(o, " ") end
local t = { 1, 2, 3, 4, 5 }
print(show(table.move(t, 1, 3, 2), 6))
t = { 1, 2, 3, 4, 5 }
print(show(table.move(t, 2, 5, 1), 5))
t = { 1, 2, 3, 4, 5 }
print(show(table.move(t, 1, 5, 3), 7))
t = { 1, 2, 3 }
local d = {}
print(table.move(t, 1, 3, 1, d) == d, show(d, 3))
print(show(table.move({ 1, 2, 3 }, 2, 1, 1), 3))
print(show(table.move({ 1, 2, 3 }, 1, 0, 5), 5))
print(show(table.move({ 1, 2, 3 }, 1, 3, -1), 3), table.move({ 1, 2, 3 }, 1, 3, -1)[-1])
local log = {}
local src = setmetatable({}, { __index = function(_, k) log[#log + 1] = "get" .. k return k * 10 end })
local dst = setmetatable({}, { __newindex = function(tt, k, v) log[#log + 1] = "set" .. k .. "=" .. v rawset(tt, k, v) end })
table.move(src, 1, 3, 2, dst)
print(table.concat(log, " "))
log = {}
local same = setmetatable({}, { __index = function(_, k) log[#log + 1] = "g" .. k return k end,
  __newindex = function(tt, k, v) log[#log + 1] = "s" .. k rawset(tt, k, v) end })
table.move(same, 1, 3, 2)
print(table.concat(log, " "))
local function try(f) local ok, e = pcall(f) print(ok, e) end
try(function() return table.move({}, 1, math.maxinteger, 2) end)
try(function() return table.move({}, math.mininteger, -1, 1) end)
try(function() return table.move({}, 1, 2, math.maxinteger) end)
try(function() return table.move({}, 0, math.maxinteger, 0) end)
try(function() return table.move(nil, 1, 2, 3) end)
try(function() return table.move({}, 1, 2, 3, 4) end)
try(function() return table.move({}, "a", 2, 3) end)
try(function() return table.move({}, 1.5, 2, 3) end)
try(function() return table.move({}, 1, 2) end)
print(select("#", table.move({}, 1, 0, 1)))
