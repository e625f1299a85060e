-- dialects: 5.1 5.2 5.3 5.4 5.5
-- where tracebacks elide levels: debug.traceback at levels 1 and 3, as an xpcall handler, and
-- the standalone interpreter's (5.1 counts its C handler's level), around the elision limits
local function run(depth, uncaught)
  local function rec(n)
    if n == 0 then
      print(debug.traceback("tb " .. depth))
      print(debug.traceback("tb3 " .. depth, 3))
      print(select(2, xpcall(function() error("x") end, debug.traceback)))
      if uncaught then error("deep failure") end
      return 0
    end
    local r = rec(n - 1)
    return r
  end
  return rec(depth)
end
for _, d in ipairs({8, 9, 10, 11, 12, 20, 21, 22, 23}) do run(d) end
run(22, true)
