-- dialects: 5.1 5.2 5.3 5.4 5.5
-- evaluation order inside constructors, calls and multiple assignment (observable via side effects)
local log = {}
local function v(x) log[#log + 1] = type(x) == "table" and "table" or tostring(x) return x end
local t = {v(1), v(2), k = v("k"), [v("key")] = v("val"), v(3)}
print(table.concat(log, " "))
log = {}
local function f(...) return select("#", ...) end
f(v("a"), v("b"), v("c"))
print(table.concat(log, " "))
log = {}
local x = v(1) + v(2) * v(3)
print(table.concat(log, " "), x)
log = {}
local y = v("s1") .. v("s2") .. v("s3")
print(table.concat(log, " "), y)
log = {}
local z = v(false) and v("never") or v("else")
print(table.concat(log, " "), z)
log = {}
local obj = {m = function(self, a) return a end}
local r = (v(obj)):m(v("arg"))
print(table.concat(log, " "), r)
log = {}
local tt = {}
tt[v("i")] = v("val")
print(table.concat(log, " "))
log = {}
local a, b = v("A"), v("B")
print(table.concat(log, " "))
log = {}
local cmp = v(1) < v(2)
print(table.concat(log, " "), cmp)
