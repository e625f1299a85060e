-- dialects: 5.1 5.2 5.3 5.4 5.5
-- exception classes as tables with __tostring, try/catch/finally helpers built on pcall
local Exception = {}
Exception.__index = Exception
Exception.__tostring = function(e) return e.class .. ": " .. e.message end
local function class(name, parent)
  local c = setmetatable({class = name}, {__index = parent or Exception})
  c.__index = c
  c.__tostring = Exception.__tostring
  return c
end
local IOError = class("IOError")
local NotFound = class("NotFound", IOError)
local ValueError = class("ValueError")
local function throw(cls, msg) error(setmetatable({message = msg}, cls), 2) end
local function isa(e, cls)
  local m = getmetatable(e)
  while m do if m == cls then return true end local mm = getmetatable(m) m = mm and mm.__index end
  return false
end
local function try(body, handlers, finally)
  local ok, err = pcall(body)
  local result
  if not ok then
    local handled = false
    for _, h in ipairs(handlers) do
      if (type(err) == "table" and isa(err, h[1])) or h[1] == "*" then result = h[2](err) handled = true break end
    end
    if not handled then if finally then finally() end error(err, 0) end
  else result = err end
  if finally then finally() end
  return result
end
local log = {}
local function attempt(kind)
  return try(function()
    if kind == "nf" then throw(NotFound, "file.txt") end
    if kind == "io" then throw(IOError, "disk full") end
    if kind == "val" then throw(ValueError, "bad number") end
    if kind == "str" then error("plain string error") end
    return "ok:" .. kind
  end, {
    {NotFound, function(e) return "not found handler -> " .. tostring(e) end},
    {IOError, function(e) return "io handler -> " .. tostring(e) end},
  }, function() log[#log + 1] = "finally(" .. kind .. ")" end)
end
for _, k in ipairs({"fine", "nf", "io", "val", "str"}) do print(k, pcall(attempt, k)) end
print(table.concat(log, " "))
local ok, e = pcall(attempt, "val")
print(ok, tostring(e), isa(e, ValueError), isa(e, IOError))
print(try(function() error("any") end, {{"*", function(e) return "caught " .. e end}}))
