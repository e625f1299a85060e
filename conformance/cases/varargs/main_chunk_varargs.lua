-- dialects: 5.1 5.2 5.3 5.4 5.5
-- the main chunk is vararg: ... holds the script arguments (none here); arg table contents
print(select("#", ...))
local a, b = ...
print(a, b)
local t = {...}
print(#t)
print(type(arg), arg[0], arg[1], #arg)
local negatives = 0
for k, v in pairs(arg) do if k < 0 then negatives = negatives + 1 end end
print(negatives >= 1)
local function inner(...) return select("#", ...) end
print(inner(...), inner(..., 1))
local loaded = (loadstring or load)("return select('#', ...), ...")
print(loaded(1, nil, 3))
print(loaded())
