-- dialects: 5.1 5.2 5.3 5.4 5.5
-- assert: returns all its arguments, messages of any type, missing arguments
local function show(...) local t = { ... } local n = select("#", ...) for i = 1, n do t[i] = tostring(t[i]) end return n .. ": " .. table.concat(t, ", ", 1, n) end
print(show(assert(1, 2, 3)))
print(show(assert(true)))
print(show(assert("x", nil)))
print(show(assert(0)))
print(show(pcall(function() return assert(false) end)))
print(show(pcall(function() return assert(nil) end)))
print(show(pcall(function() return assert(false, "custom message") end)))
print(show(pcall(function() return assert(nil, 42) end)))
print(show(pcall(function() return assert(false, nil) end)))
local ok, e = pcall(function() return assert(false, { code = 5 }) end)
print(ok, type(e), e.code)
print(show(pcall(function() return assert() end)))
print(show(pcall(function() return assert(1 == 2, "math is broken") end)))
print(show(pcall(function() local f = io.open("/nonexistent/dir/file") return assert(f) end)))
print(show(pcall(function() return assert(tonumber("x"), "not a number: x") end)))
print(show(pcall(function() return assert(false, "line\nbreak") end)))
