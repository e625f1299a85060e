-- dialects: 5.1 5.2 5.3 5.4 5.5
-- constructor edge cases: computed keys, nested calls, trailing separators, positional after named
local function f() return "a", "b", "c" end
local k = "computed"
local t = {[k] = 1, [k .. "2"] = 2, [1 + 1] = "two", f(), [f()] = "first result key", n = #"xyz"}
print(t.computed, t.computed2, t[1], t[2], t.a, t.n)
local u = {f(), f(), (f())}
print(#u, u[1], u[2], u[3], u[4])
local v = {f(), nil}
print(#v >= 1, v[1], v[2])
local w = {[1] = "explicit", "positional"}
print(w[1])
local x = {"positional", [1] = "explicit"}
print(x[1])
local y = {nil, nil, 3}
print(y[3], select("#", (table.unpack or unpack)(y, 1, 3)))
local z = {{}, {{}}, {{{}}}}
print(#z, #z[2], #z[3][1])
local big = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
  26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51}
print(#big, big[51])
local fnkeys = {[print] = "print", [f] = "f"}
print(fnkeys[print], fnkeys[f])
local load = loadstring or load
for _, src in ipairs({"return {1,,2}", "return {,}", "return {;}", "return {1;2;}", "return {[1]=1,}", "return {a=}", "return {=1}", "return {[nil]=1}", "return {x=1, x=2}"}) do
  local fn, err = load(src, "=c")
  if fn then local ok, r = pcall(fn) print(src, ok, type(r)) else print(src, "syntax error") end
end
