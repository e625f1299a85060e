-- dialects: 5.1 5.2 5.3 5.4 5.5
-- Calls made from C (pcall, metamethods, callbacks of natives, resumes) nest at most
-- LUAI_MAXCCALLS (200) deep: past it, "C stack overflow".
local quiet = false
local function f(n)
  if n == 0 then return 0 end
  local ok, v = pcall(f, n - 1)
  if not ok then if not quiet and (n < 110 or n % 50 == 0) then print(n, v) end error(v, 0) end
  return v + 1
end
print(pcall(f, 300))
print(pcall(f, 150))
local depth = 0
local mt = {}
mt.__index = function(t, k) depth = depth + 1 if k == 0 then return 0 end return setmetatable({}, mt)[k - 1] + 1 end
print(pcall(function() return setmetatable({}, mt)[300] end)) print(depth)
depth = 0
local mt3 = {}
mt3.__newindex = function(t, k, v) depth = depth + 1 setmetatable({}, mt3)[k] = v end
print(pcall(function() setmetatable({}, mt3).x = 1 end)) print(depth)
depth = 0
local function g(n) depth = depth + 1 if n == 0 then return '' end return (('x'):gsub('x', function() return g(n - 1) end)) end
print(pcall(g, 300)) print(depth)
depth = 0
local mt2 = {} mt2.__add = function(a, b) depth = depth + 1 return setmetatable({}, mt2) + 1 end
print(pcall(function() return setmetatable({}, mt2) + 1 end)) print(depth)
depth = 0
local function h() depth = depth + 1 return tostring(setmetatable({}, {__tostring = h})) end
print(pcall(h)) print(depth)
depth = 0
local function r() depth = depth + 1 local c = coroutine.wrap(r) return c() end
local ok, e = pcall(r)
print(ok, select(2, string.gsub(e, 'c_stack_overflow.lua:%d+: ', '')), (string.gsub(e, '^.*: ', ''))) print(depth)
-- a recursive '__index' whose key grows: an error, not a runaway
local grow = setmetatable({}, {__index = function(t, k) return t[k .. 'x'] end})
print(pcall(function() return grow.a end))
-- the count goes back down after errors and returns
quiet = true
for i = 1, 3 do print(pcall(f, 300)) end
print(select('#', pcall(f, 50)), (pcall(f, 50)))
