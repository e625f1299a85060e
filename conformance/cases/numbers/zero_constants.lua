-- dialects: 5.1 5.2 5.3 5.4 5.5
-- zero constants and -0.0 in one function (5.1 keeps one constant per value)
print(0, -0.0, -0)
print(-0.0, 0)
local function f() return -0.0, 0, 1/-0.0 end
print(f())
local function g() local x = 0 return x, -0.0, 1/(-0.0) end
print(g())
print(1/0, -1/0, 0/1)
