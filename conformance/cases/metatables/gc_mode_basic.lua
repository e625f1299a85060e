-- dialects: 5.1 5.2 5.3 5.4 5.5
-- __gc and __mode set through metatables (basic; details in the gc area)
local weak = setmetatable({}, {__mode = "v"})
weak[1] = {}
weak[2] = "string values are not collected"
weak[3] = 42
local keep = {}
weak[4] = keep
collectgarbage()
collectgarbage()
print(weak[1], weak[2], weak[3], weak[4] == keep)
local wk = setmetatable({}, {__mode = "k"})
wk[{}] = 1
wk[keep] = 2
wk["str"] = 3
collectgarbage()
local n = 0
for k, v in pairs(wk) do n = n + 1 end
print(n, wk[keep], wk.str)
local ran = false
setmetatable({}, {__gc = function() ran = true end})
collectgarbage()
collectgarbage()
print(ran)
local mt = {}
local obj = setmetatable({}, mt)
mt.__gc = function() print("late gc field never runs") end
obj = nil
collectgarbage()
print("done")
print(getmetatable(weak).__mode, getmetatable(wk).__mode)
local both = setmetatable({}, {__mode = "kv"})
both[{}] = 1
both[1] = {}
both.x = "x"
collectgarbage()
local cnt = 0
for _ in pairs(both) do cnt = cnt + 1 end
print(cnt, both.x)
local changed = setmetatable({}, {__mode = "k"})
changed[{}] = true
getmetatable(changed).__mode = nil
collectgarbage()
cnt = 0
for _ in pairs(changed) do cnt = cnt + 1 end
print(cnt == 0 or cnt == 1)
print((pcall(function(...) return select(1, setmetatable(...)) end, {}, {__mode = 5})))
