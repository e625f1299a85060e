-- dialects: 5.1 5.2 5.3 5.4 5.5
-- debug.sethook/gethook per coroutine
local log = {}
local function rec(ev, line) log[#log + 1] = ev .. (line and (":" .. line) or "") end
local co = coroutine.create(function()
  local a = 1
  coroutine.yield(a)
  local b = 2
  return b
end)
debug.sethook(co, rec, "l")
print(debug.gethook(co) == rec, debug.gethook() == nil or select('#', debug.gethook()))
coroutine.resume(co)
print(table.concat(log, " ")) log = {}
coroutine.resume(co)
print(table.concat(log, " ")) log = {}
debug.sethook(rec, "c")
local inherit = coroutine.wrap(function() return 1 end)
debug.sethook()
log = {}
inherit()
print(table.concat(log, " "))
