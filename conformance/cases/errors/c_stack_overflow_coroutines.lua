-- dialects: 5.2 5.3 5.4 5.5
-- calls from C nested inside coroutines: metamethods and pcall count as outside them
local n = 0
local co = coroutine.wrap(function()
  local t = setmetatable({}, {__index = function(t, k) n = n + 1 return t[k .. 'x'] end})
  return t.a
end)
print(pcall(co))
print(n > 150, n < 250)
local co2 = coroutine.wrap(function()
  local function f(k) return pcall(f, k + 1) end
  return f(1)
end)
local r = table.pack(pcall(co2))
print(r.n, r[1], r[2], r[r.n])
-- a yield inside a metamethod, then more nesting after the resume
local depth = 0
local mt = {}
mt.__add = function(a, b)
  depth = depth + 1
  if depth == 5 then coroutine.yield("paused") end
  if depth < 400 then return a + b end
  return 0
end
local co3 = coroutine.create(function() return setmetatable({}, mt) + 1 end)
print(coroutine.resume(co3))
print(coroutine.resume(co3))
print(depth > 150, depth < 260)
-- the count is the resumer's again afterwards: deep nesting outside still allowed as before
local m = 0
local t2 = setmetatable({}, {__index = function(t, k) m = m + 1 if m < 150 then return t[k] end return m end})
print(t2.z)
-- xpcall nesting inside a coroutine
local co4 = coroutine.wrap(function()
  local c = 0
  local function g() c = c + 1 return xpcall(g, function(e) return e end) end
  local res = table.pack(g())
  return res.n, res[res.n]
end)
print(co4())
-- xpcall nesting outside coroutines: the handler runs again past the limit
local c2 = 0
local function g2() c2 = c2 + 1 return xpcall(g2, function(e) return e end) end
local res2 = table.pack(g2())
print(res2.n, res2[res2.n])
