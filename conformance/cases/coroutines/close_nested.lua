-- dialects: 5.4 5.5
-- coroutine.close on a coroutine suspended several calls deep, with pending
-- to-be-closed variables at several levels (and inside a pcall): all are closed,
-- innermost first; an error in one __close goes to the next ones and is the result.

local log = {}
local function closer(name, fail)
  return setmetatable({}, { __close = function(_, err)
    log[#log + 1] = name .. "(" .. tostring(err) .. ")"
    if fail then error(name .. " failed", 0) end
  end })
end

local function level3()
  local c <close> = closer("c3")
  coroutine.yield("at 3")
  log[#log + 1] = "never"
end
local function level2()
  local c <close> = closer("c2", true)
  local ok = pcall(level3)
  log[#log + 1] = "after pcall " .. tostring(ok)
end
local co = coroutine.create(function()
  local c <close> = closer("c1")
  level2()
end)
print(coroutine.resume(co))
print(coroutine.close(co))
print(table.concat(log, " "))
print(coroutine.status(co), coroutine.resume(co))

-- a clean close of a deep suspension
log = {}
local co2 = coroutine.create(function()
  local a <close> = closer("a")
  local function rec(n)
    local b <close> = closer("b" .. n)
    if n == 0 then coroutine.yield() else rec(n - 1) end
  end
  rec(3)
end)
coroutine.resume(co2)
print(coroutine.close(co2))
print(table.concat(log, " "))
