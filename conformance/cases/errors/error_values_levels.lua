-- dialects: 5.1 5.2 5.3 5.4 5.5
-- error() with levels 0/1/2/3, non-string values, and what pcall returns for each
local function lvl(n) error("msg at level " .. tostring(n), n) end
local function caller(n) lvl(n) end
local function outer(n) caller(n) end
for _, n in ipairs({ 0, 1, 2, 3, 4, 50 }) do print(n, pcall(outer, n)) end
print(pcall(error))
print(pcall(error, nil))
print(pcall(error, 42))
print(pcall(error, 42.5))
print(pcall(error, true))
print(pcall(error, "str", 0))
local ok, e = pcall(error, { code = 1 })
print(ok, type(e), e.code)
ok, e = pcall(function() error(setmetatable({}, { __tostring = function() return "TS" end })) end)
print(ok, tostring(e))
print(pcall(function() error("with level 1", 1) end))
print(pcall(function() error("with level 2", 2) end))
print(pcall(function() error(42, 2) end))
print(pcall(function() error("neg", -1) end))
print(pcall(function() error("float", 1.0) end))
print(pcall(function() error("strlevel", "2") end))
local function deep(n) if n == 0 then error("bottom", 2) end return deep(n - 1) end
print(pcall(deep, 3))
local function notail(n) if n == 0 then error("bottom2", 2) end local r = notail(n - 1) return r end
print(pcall(notail, 3))
print(select("#", pcall(error)))
print(pcall(function() return pcall() end))
print(pcall(pcall, error, "x"))
print(pcall(pcall, pcall, error, "y"))
print(pcall(function() local t = {} return t.x.y end))
print(pcall(function() return 1 + {} end))
