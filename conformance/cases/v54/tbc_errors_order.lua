-- dialects: 5.4 5.5
-- to-be-closed variables: closing order, error values passed to __close, errors inside __close
local log = {}
local function c(name, fail)
  return setmetatable({}, { __close = function(_, e)
    log[#log + 1] = name .. "(" .. tostring(e) .. ")"
    if fail then error(name .. " failed", 0) end
  end })
end
local function flush(...) local t = { ... } for i = 1, select("#", ...) do t[i] = tostring(t[i]) end print(table.concat(t, " "), "|", table.concat(log, " ")) log = {} end
flush(pcall(function()
  local a <close> = c("a")
  local b <close> = c("b")
  return "normal"
end))
flush(pcall(function()
  local a <close> = c("a")
  local b <close> = c("b")
  error("body", 0)
end))
flush(pcall(function()
  local a <close> = c("a")
  local b <close> = c("b", true)
  return "ret"
end))
flush(pcall(function()
  local a <close> = c("a", true)
  local b <close> = c("b", true)
  error("orig", 0)
end))
flush(pcall(function()
  for i = 1, 3 do
    local x <close> = c("loop" .. i)
    if i == 2 then break end
  end
  return "after loop"
end))
flush(pcall(function()
  local x <close> = nil
  local y <close> = false
  return "nil and false ok"
end))
flush(pcall(function() local z <close> = 42 end))
flush(pcall(function() local z <close> = {} end))
flush(pcall(function() local z <close> = setmetatable({}, { __close = 1 }) end))
flush((load("local x <close> = 1 x = 2")))
flush(select(2, load("local x <close> = 1 x = 2")))
flush(select(2, load("local x <const> = 1 x = 2")))
flush(select(2, load("local a <close>, b <close> = 1, 2")))
flush(select(2, load("local x <unknown> = 1")))
local function gen()
  local x <close> = c("gen")
  return "value from gen"
end
flush(gen())
flush(pcall(function()
  do
    local inner <close> = c("inner")
  end
  log[#log + 1] = "after-block"
  local outer <close> = c("outer")
end))
