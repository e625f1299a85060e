-- dialects: 5.1 5.2 5.3 5.4 5.5
-- NaN signs through arithmetic, and a NaN never equals itself
local pn = -(0/0)
print(0/0, pn, pn + 0, 0 + pn, pn * 2, pn - 1, pn / 3, (0/0) + pn, pn + (0/0))
print(pn == pn, pn ~= pn, rawequal(pn, pn), (0/0) == (0/0), pn == 0/0)
local t = {pn}
print(t[1] == t[1], #t)
print(pcall(function() local x = {} x[pn] = 1 end))
print(pcall(function() return tonumber("nan"), -tonumber("nan"), tonumber("nan") ~= tonumber("nan") end))
