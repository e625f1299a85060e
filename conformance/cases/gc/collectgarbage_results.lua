-- dialects: 5.1 5.2 5.3 5.4 5.5
-- collectgarbage: result types of each option, invalid options, and memory going down after a collection
local function ty(...) local t = { ... } for i = 1, select("#", ...) do t[i] = type(t[i]) end return select("#", ...) .. ":" .. table.concat(t, ",") end
print(ty(collectgarbage()))
print(ty(collectgarbage("collect")))
print(ty(collectgarbage("count")))
print(ty(collectgarbage("step")))
print(ty(collectgarbage("step", 0)))
print(pcall(function() return ty(collectgarbage("isrunning")) end))
print(pcall(function() return collectgarbage("bogus") end))
print(pcall(function() return collectgarbage(42) end))
collectgarbage()
local before = collectgarbage("count")
do
  local junk = {}
  for i = 1, 20000 do junk[i] = { i } end
end
local peak = collectgarbage("count")
collectgarbage()
collectgarbage()
local after = collectgarbage("count")
print(peak > before, after < peak)
print(math.floor(collectgarbage("count")) >= 0)
collectgarbage("stop")
print(pcall(function() return collectgarbage("isrunning") end))
collectgarbage("restart")
print(pcall(function() return collectgarbage("isrunning") end))
