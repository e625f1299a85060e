-- dialects: 5.1 5.2 5.3 5.4 5.5
-- == and ~= with literal operands on either side (and on both)
print(1 == 1, 1 == 2, 1 ~= 1, 1 == 1.0, 1.0 == 1, 2 == 2.5, 2.5 == 2.5, 0 == -0)
print("a" == "a", "a" == "b", "a" ~= "a", nil == nil, nil ~= nil, true == true, true == false, false ~= true)
print(1 == "1", "1" == 1, nil == false, false == nil, 0 == false, "" == nil)
local i, f, s, t = 3, 3.0, "x", {}
print(i == 3, 3 == i, f == 3, 3 == f, i ~= 3.0, f == 3.5, s == "x", "x" == s, t == nil, nil ~= t)
local mt = { __eq = function() return true end }
local a = setmetatable({}, mt)
print(a == nil, a == 1, a == "x", a == false, a ~= true)
print(2^53 == 9007199254740992, 9007199254740993 == 9007199254740993, -1 == -1, 0.1 + 0.2 == 0.3)
