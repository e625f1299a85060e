-- dialects: 5.1 5.2 5.3 5.4 5.5
-- multiple results are truncated except in the last position of lists; parentheses truncate
local function mr() return 1, 2, 3 end
local function none() end
local function count(...) return select("#", ...) end
print(count(mr()), count(mr(), mr()), count((mr())), count(mr(), 10), count(none()), count(none(), none()))
local a, b, c, d = mr()
print(a, b, c, d)
a, b, c, d = mr(), 10
print(a, b, c, d)
a, b, c, d = 0, mr()
print(a, b, c, d)
local t = { mr(), mr() }
print(#t)
print(mr(), "end")
print("start", mr())
print((mr()))
local function ret() return mr() end
local function retp() return (mr()) end
local function ret2() return mr(), mr() end
print(count(ret()), count(retp()), count(ret2()))
print(count(none()), count((none())))
local s = string.format("%s %s %s", mr())
print(s)
print(#{ none() }, #{ (none()) }, select("#", (none())))
local x, y = (mr())
print(x, y)
local function va(...)
  local a1, a2 = ...
  local t2 = { ..., "last" }
  return a1, a2, #t2, select("#", ...), (...)
end
print(va(9, 8, 7))
print(va())
print(pcall(function() return mr() end))
print(pcall(mr))
print(math.max(mr()), string.char(72, mr()))
local co = coroutine.wrap(function(...) local n = select("#", ...) local r = { coroutine.yield(n, ...) } return #r end)
print(co(1, nil, 3))
print(co(mr()))
for i, v in ipairs({ mr() }) do io.write(i, "=", v, " ") end print()
