-- dialects: 5.1 5.2 5.3 5.4 5.5
-- Calling a value that is not a function inside a coroutine names the variable as
-- outside one: locals, upvalues, globals, fields, methods and for iterators.
local F = 5
local t = { n = 1 }
local function try(f, ...)
  local co = coroutine.create(f)
  print(coroutine.resume(co, ...))
end
try(function() local x = 1; return F() end)
try(function() return t.nope(1) end)
try(function() local g = nil; g() end)
try(function() for k in 5 do end end)
try(function() print(undefinedglobal(1)) end)
try(function() return t:m() end)
try(function() local v = t.n(2) + 1 return v end)
try(function(a) return a(1) end, "str")
-- through coroutine.wrap, and after a yield
local w = coroutine.wrap(function() coroutine.yield(1); local q = {} ; q.f() end)
print(w())
print(pcall(w))
