-- dialects: 5.1 5.2 5.3 5.4 5.5
-- os.tmpname gives distinct existing-or-creatable names; remove/rename results on them
local a, b = os.tmpname(), os.tmpname()
print(type(a), a ~= b)
local f = io.open(a, "w")
print(io.type(f))
f:write("x")
f:close()
print(os.remove(a))
local r1, r2, r3 = os.remove(a)
print(r1, type(r2), r3)
os.remove(b)
local g = io.open(b, "r")
print(g == nil)
