-- dialects: 5.1 5.2 5.3 5.4 5.5
-- an uncaught error deep in recursion: the traceback elides the middle levels
local function rec(n)
  if n == 0 then error("deep failure") end
  local r = rec(n - 1)
  return r
end
print("start")
rec(30)
