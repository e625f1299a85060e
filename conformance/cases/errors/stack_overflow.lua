-- dialects: 5.1 5.2 5.3 5.4 5.5
-- timeout: 40
-- stack overflow caught by pcall (only whether it failed and the key phrase), then normal execution
local function f() return f() + 1 end
local ok, e = pcall(f)
print(ok, type(e), (tostring(e):find("stack overflow", 1, true)) ~= nil)
local function g(n) return 1 + g(n + 1) end
ok, e = pcall(g, 1)
print(ok, (tostring(e):find("stack overflow", 1, true)) ~= nil)
local t = setmetatable({}, {})
getmetatable(t).__index = function(tbl, k) return tbl[k] end
ok, e = pcall(function() return t.x end)
print(ok, (tostring(e):find("stack overflow", 1, true) or tostring(e):find("C stack overflow", 1, true)) ~= nil)
local function tail(n) if n == 0 then return "tail ok" end return tail(n - 1) end
print(tail(100000))
local co = coroutine.create(function() local function r() return r() + 1 end return r() end)
local cok, ce = coroutine.resume(co)
print(cok, (tostring(ce):find("stack overflow", 1, true)) ~= nil)
local depth = 0
local function measure() depth = depth + 1 measure() end
pcall(measure)
print(depth > 1000)
print("still running")
local ok2, e2 = pcall(string.rep, "x", -1)
print(ok2, e2 == "")
local function mutual_a(n) return 1 + mutual_b(n) end
function mutual_b(n) return 1 + mutual_a(n) end
ok, e = pcall(mutual_a, 1)
print(ok, (tostring(e):find("stack overflow", 1, true)) ~= nil)
mutual_b = nil
