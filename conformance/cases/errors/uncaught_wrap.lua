-- dialects: 5.1 5.2 5.3 5.4 5.5
-- an error inside a coroutine.wrap generator propagates to the top level uncaught
local gen = coroutine.wrap(function()
  coroutine.yield(1)
  local t = nil
  return t.field
end)
print(gen())
io.stdout:flush()
print(gen())
