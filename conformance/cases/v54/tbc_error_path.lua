-- dialects: 5.4 5.5
-- to-be-closed variables after an error: the message handler runs first, where the error is raised
-- (the closes get what it made of the error), then the closes run from the level that catches
-- the error; an error that ends a coroutine leaves them to coroutine.close (wrap closes at once)
do
local function C(n, fail) return setmetatable({}, {__close = function(_, e) print("close", n, e); print(debug.traceback("in close")); if fail then error("cfail") end end}) end
local function run()
  local x <close> = C(1, true)
  local y <close> = C(2)
  local function deep() error("orig") end
  deep()
end
print(xpcall(run, function(m) print("msgh", m) print(debug.traceback()) return m end))
end
do
local function C(n) return setmetatable({}, {__close = function(_, e) print("close", n, e) end}) end
print(xpcall(function() local x <close> = C(1) error("e") end, function(m) print("handler", m) return "H:" .. m end))
print(pcall(function() local x <close> = C(2) error("e2") end))
local co = coroutine.wrap(function() local x <close> = C(3) error("e3") end)
print(pcall(co))
end
do
local function C(n) return setmetatable({}, {__close = function(_, e) print("close", n, e) print(debug.traceback("tb")) end}) end
local co = coroutine.create(function() local x <close> = C(1) local y <close> = C(2) error("e") end)
print(coroutine.resume(co))
print(coroutine.status(co))
print("close ->", coroutine.close(co))
print(coroutine.status(co))
print("close again ->", coroutine.close(co))
local w = coroutine.wrap(function() local x <close> = C(3) error("w") end)
print(pcall(w))
local co2 = coroutine.create(function() local x <close> = C(4) coroutine.yield() error("later") end)
coroutine.resume(co2)
print(coroutine.resume(co2))
print("never closed?")
local co3 = coroutine.create(function() local x <close> = setmetatable({}, {__close = function() error("cerr") end}) error("orig") end)
print(coroutine.resume(co3))
print(coroutine.close(co3))
end
do
local function C(n) return setmetatable({}, {__close = function(_, e) print("close", n, e) print(debug.traceback("tb")) end}) end
local co = coroutine.create(function() local x <close> = C(1) coroutine.yield() end)
coroutine.resume(co)
print(coroutine.close(co))
local co2 = coroutine.create(function()
  local x <close> = C(2)
  local y <close> = setmetatable({}, {__close = function() error("yerr") end})
  coroutine.yield()
end)
coroutine.resume(co2)
print(coroutine.close(co2))
local co3 = coroutine.wrap(function()
  local x <close> = C(3)
  local y <close> = setmetatable({}, {__close = function() error("yerr3", 0) end})
  error("orig3")
end)
print(pcall(co3))
local co4 = coroutine.create(function()
  local ok, e = pcall(function() local z <close> = C(4) error("inner") end)
  print("caught", ok, e)
  error("outer")
end)
print(coroutine.resume(co4))
print(coroutine.close(co4))
end
do
local function f()
  local x <close> = setmetatable({}, {__close = function(_, e) print("closing with", e) error("cerr") end})
  local function g() error("orig") end
  g()
end
print(xpcall(f, debug.traceback))
f()
end
