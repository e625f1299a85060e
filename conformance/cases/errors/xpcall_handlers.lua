-- dialects: 5.1 5.2 5.3 5.4 5.5
-- xpcall message handlers: what they receive, their return values, errors inside them, recursion
local function handler(m) return {original = m, kind = type(m)} end
local ok, r = xpcall(function() error("text") end, handler)
print(ok, r.kind, r.original)
ok, r = xpcall(function() error({code = 5}) end, handler)
print(ok, r.kind, r.original.code)
ok, r = xpcall(function() local x = {} return x.a.b end, handler)
print(ok, r.kind, r.original)
ok, r = xpcall(function() error() end, handler)
print(ok, r.kind, r.original)
print(xpcall(function() return "no error", 2 end, handler))
local depth = 0
print(xpcall(function() error("first") end, function(m) depth = depth + 1 if depth < 3 then error("again " .. depth) end return "gave up at " .. depth end))
print(depth)
print(xpcall(function() error("x") end, function(m) return nil end))
print(xpcall(function() error("x") end, function(m) return end))
print(select("#", xpcall(function() error("x") end, function(m) return 1, 2, 3 end)))
local tbline
xpcall(function() local y = nil; y() end, function(m) tbline = (debug.traceback(m, 2):match("^[^\n]*")) end)
print(tbline)
local function lvl() error("deep", 2) end
print(xpcall(function() lvl() end, function(m) return "H:" .. m end))
print(xpcall(function(...) return select(1, xpcall(...)) end, function(m) return "outer " .. tostring(m) end, function() error("inner") end, function(m) return "inner handler " .. m end))
print(pcall(function(...) return select(1, xpcall(...)) end, function() error("e") end, 42))
