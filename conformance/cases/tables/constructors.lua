-- dialects: 5.1 5.2 5.3 5.4 5.5
-- table constructors: positional, named, bracketed keys, trailing separators, multi-results
local function three() return 1, 2, 3 end
local t = {10, 20, x = "x", [30] = "thirty", 40; "fifty", ["y z"] = true,}
print(t[1], t[2], t[3], t[4], t.x, t[30], t["y z"])
local a = {three()}
print(#a, a[1], a[3])
local b = {three(), three()}
print(#b, b[1], b[2], b[4])
local c = {(three())}
print(#c, c[1])
local d = {three(), 10}
print(#d, d[1], d[2], d[3])
local e = {[1] = "a", "b"}
print(e[1], #e)
local f = {"b", [1] = "a"}
print(f[1], #f)
local g = {x = 1, x = 2}
print(g.x)
local h = {[1.0] = "float one", [2] = "two"}
print(h[1], #h, h[2.0])
local nested = {{1, 2}, {3, {4, 5}}, k = {v = {w = "deep"}}}
print(nested[2][2][1], nested.k.v.w, #nested, #nested[2])
local empty = {}
print(#empty, next(empty), type(empty))
local mixed = {1, nil, 3}
print(mixed[1], mixed[2], mixed[3])
local withnil = {n = nil, m = false}
print(withnil.n, withnil.m)
local s = {"a" .. "b", 1 + 1, #"xyz", {}, function() return "f" end}
print(s[1], s[2], s[3], type(s[4]), s[5]())
local i = 0
local function nexti() i = i + 1 return i end
local o = {nexti(), nexti(), k = nexti(), nexti()}
print(o[1], o[2], o.k, o[3])
local keys = {[true] = "t", [false] = "f", [print] = "fn"}
print(keys[true], keys[false], keys[print])
local semicolons = {1; 2; 3;}
print(#semicolons)
local strs = {["1"] = "string one", [1] = "number one"}
print(strs["1"], strs[1])
local neg = {[-1] = "m1", [0] = "zero"}
print(neg[-1], neg[0], #neg)
local big = {}
for n = 1, 100 do big[n] = n * n end
print(#big, big[100], big[50])
local varargs = (function(...) return {...} end)(1, nil, 3)
print(varargs[1], varargs[2], varargs[3])
local u = {three(), nil}
print(u[1], u[2])
