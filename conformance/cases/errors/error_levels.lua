-- dialects: 5.1 5.2 5.3 5.4 5.5
-- error(msg, level): position information for levels 0, 1, 2, 3
local function lvl(n) error("msg at level " .. tostring(n), n) end
local function caller(n) lvl(n) end
local function outer(n) caller(n) end
print(pcall(lvl, 0))
print(pcall(lvl, 1))
print(pcall(lvl))
print(pcall(caller, 2))
print(pcall(outer, 3))
print(pcall(outer, 4))
print(pcall(outer, 50))
print(pcall(error, "direct"))
print(pcall(error, "direct", 1))
print(pcall(error, "direct", 2))
print(pcall(error))
print(pcall(error, nil))
print(pcall(error, 42))
print(pcall(error, 42, 1))
print(pcall(error, 4.5))
print(pcall(error, true))
local ok, e = pcall(error, {code = 7})
print(ok, type(e), e.code)
ok, e = pcall(error, setmetatable({}, {__tostring = function() return "TS" end}))
print(ok, type(e), tostring(e))
print(pcall(function() error("in anon") end))
print(pcall(function() error("in anon", 2) end))
print(pcall(function() error() end))
print(select("#", pcall(error)))
print(pcall(function() local x = error("expr error") end))
local t = {}
function t.method() error("from method") end
print(pcall(t.method))
function t:m2() error("from m2", 2) end
print(pcall(function() t:m2() end))
print(pcall(error, "", 0))
print(pcall(error, "multi\nline"))
print(pcall(error, "x", -1))
print(pcall(error, "x", "2"))
local function nested()
  local ok, err = pcall(error, "inner")
  error("outer wraps: " .. err, 0)
end
print(pcall(nested))
local rethrow = function() local ok, err = pcall(error, {tag = "T"}) error(err) end
local ok2, e2 = pcall(rethrow)
print(ok2, type(e2), e2.tag)
