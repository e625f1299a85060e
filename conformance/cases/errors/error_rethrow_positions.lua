-- dialects: 5.1 5.2 5.3 5.4 5.5
-- rethrowing caught errors keeps the original position; positions are added only to strings
local function fail() error("original") end
local ok, e = pcall(fail)
print(e)
local ok2, e2 = pcall(function() error(e) end)
print(e2)
local ok3, e3 = pcall(function() error(e, 0) end)
print(e3)
local ok4, e4 = pcall(function() error(e, 2) end)
print(e4)
local function wrap(f) local ok, err = pcall(f) if not ok then error("wrapped: " .. tostring(err), 0) end end
print(pcall(wrap, fail))
print(pcall(wrap, function() error({}) end) and "" or "table rethrown")
local function lvl2() error("blame caller", 2) end
local function middle() lvl2() end
print(pcall(middle))
print(pcall(function()
  local t = nil
  return t.x
end))
print(pcall(function() error("multi\nline") end))
print(pcall(function() error(12) end))
print(pcall(function() error(12, 2) end))
print(pcall(function() error("") end))
local ok5, e5 = pcall(function() error(setmetatable({}, { __tostring = function() return "obj" end }), 1) end)
print(type(e5), tostring(e5))
local co = coroutine.create(function() error("in co") end)
local _, ce = coroutine.resume(co)
print(pcall(function() error(ce, 0) end))
print(pcall(function() error(ce) end))
