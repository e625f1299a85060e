-- dialects: 5.1 5.2 5.3 5.4 5.5
-- __metatable protection, getmetatable/setmetatable argument rules
local t = setmetatable({}, {__metatable = "protected"})
print(getmetatable(t))
print(pcall(function(...) return select(1, setmetatable(...)) end, t, {}))
print(pcall(function(...) return select(1, setmetatable(...)) end, t, nil))
local f = setmetatable({}, {__metatable = false})
print(getmetatable(f), pcall(function(...) return select(1, setmetatable(...)) end, f, {}))
local n = setmetatable({}, {__metatable = nil})
print(type(getmetatable(n)))
print(pcall(function(...) return select(1, setmetatable(...)) end, {}, 5))
print(pcall(function(...) return select(1, setmetatable(...)) end, {}))
print(pcall(function(...) return select(1, setmetatable(...)) end, 5, {}))
print(pcall(function(...) return select(1, setmetatable(...)) end, nil, {}))
print(pcall(function(...) return select(1, getmetatable(...)) end))
print(getmetatable(5), getmetatable(nil), getmetatable(print), getmetatable(true))
print(type(getmetatable("")), getmetatable("").__index == string)
local mt = {}
local x = setmetatable({}, mt)
print(getmetatable(x) == mt, setmetatable(x, nil) == x, getmetatable(x))
print(setmetatable({}, mt) ~= setmetatable({}, mt))
local prot = {__metatable = {fake = true}}
local p = setmetatable({}, prot)
print(getmetatable(p).fake, getmetatable(p) == prot)
local tbl = {}
print(select("#", setmetatable(tbl, {})), setmetatable(tbl, {}) == tbl)
local mm = {__index = function(t, k) return k end}
local a = setmetatable({}, mm)
mm.__index = nil
print(a.anything)
mm.__index = function(t, k) return "later " .. k end
print(a.anything)
local str_mt = getmetatable("")
print((pcall(function(...) return select(1, setmetatable(...)) end, str_mt, {})))
