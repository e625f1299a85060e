-- dialects: 5.1 5.2 5.3 5.4 5.5
-- call and return hooks see natives (sethook's own return, natives called by Lua, by natives, in tail position); hooks are per coroutine
local out = {}
local function foo(x) return math.floor(x) + 1 end
debug.sethook(function(ev)
  local i = debug.getinfo(2, "nS")
  out[#out + 1] = ev .. " " .. tostring(i.name) .. " " .. i.what
end, "cr")
local y = foo(2.5)
local s = ("x"):rep(3)
pcall(print, "hi")
debug.sethook()
for _, l in ipairs(out) do print(l) end out = {}
local out = {}
local function rec(ev)
  local i = debug.getinfo(2, "nS")
  out[#out + 1] = ev .. " " .. tostring(i.name) .. " " .. i.what
end
local function show(title) print(title) for _, l in ipairs(out) do print("  " .. l) end out = {} end
debug.sethook(rec, "c")
local t = {3, 1, 2}
table.sort(t, function(a, b) return a < b end)
debug.sethook()
show("sort, calls")
debug.sethook(rec, "r")
local s = string.gsub("ab", "%w", function(c) return c:upper() end)
debug.sethook()
show("gsub, returns")
debug.sethook(rec, "cr")
print(pcall(error, "boom"))
print(select("#", 1, 2, 3))
debug.sethook()
show("error and select")
local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return tostring(b) end)
debug.sethook(rec, "cr")
local r1 = co(1)
local r2 = co(5)
debug.sethook()
show("coroutine")
debug.sethook(rec, "cr")
local function tail(x) return tostring(x) end
local v = tail(7)
debug.sethook()
show("tail call of a native")
