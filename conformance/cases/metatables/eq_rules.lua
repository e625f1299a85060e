-- dialects: 5.1 5.2 5.3 5.4 5.5
-- __eq only for two tables (or two userdata); result converted to boolean
local calls = 0
local mt = {__eq = function(a, b) calls = calls + 1 return a.id == b.id end}
local a = setmetatable({id = 1}, mt)
local b = setmetatable({id = 1}, mt)
local c = setmetatable({id = 2}, mt)
print(a == b, a ~= b, a == c, a ~= c, calls)
calls = 0
print(a == a, calls)
print(a == 1, a == "x", a == nil, a == true, calls)
local res = setmetatable({}, {__eq = function() return "truthy" end})
local res2 = setmetatable({}, getmetatable(res))
print(res == res2, res ~= res2)
local zero = setmetatable({}, {__eq = function() return 0 end})
local zero2 = setmetatable({}, getmetatable(zero))
print(zero == zero2)
local falsy = setmetatable({}, {__eq = function() return nil end})
local falsy2 = setmetatable({}, getmetatable(falsy))
print(falsy == falsy2, falsy ~= falsy2)
local onlyLeft = setmetatable({}, {__eq = function() return true end})
local plain = {}
print(onlyLeft == plain, plain == onlyLeft)
local t = {}
t[a] = "a"
print(t[b], t[a])
local list = {a, b, c}
local found = 0
for _, v in ipairs(list) do if v == b then found = found + 1 end end
print(found)
local errEq = setmetatable({}, {__eq = function() error("eq error") end})
local errEq2 = setmetatable({}, getmetatable(errEq))
print(pcall(function() return errEq == errEq2 end))
print(pcall(function() return errEq == errEq end))
local args = {}
local order = setmetatable({n = "L"}, {__eq = function(x, y) args[#args + 1] = x.n .. y.n return false end})
local order2 = setmetatable({n = "R"}, getmetatable(order))
local _ = order == order2
_ = order2 == order
_ = order ~= order2
print(table.concat(args, " "))
