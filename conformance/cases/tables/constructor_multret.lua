-- dialects: 5.1 5.2 5.3 5.4 5.5
-- table constructors: expansion of the last call/vararg only, separators, mixed keys
local function three() return 1, 2, 3 end
local function none() end
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local t = { three() } print(#t, t[3])
t = { three(), three() } print(#t, t[1], t[2], t[4])
t = { (three()) } print(#t)
t = { three(), nil } print(count(t), t[2])
t = { none() } print(count(t))
t = { none(), 1 } print(count(t), t[1], t[2])
t = { 1, 2; 3; x = 4, [5] = 5, } print(count(t), t[3], t.x, t[5])
t = { [1] = "a", "b" } print(t[1])
t = { "b", [1] = "a" } print(t[1])
t = { x = 1, x = 2 } print(t.x)
t = { [1.0] = "f", [2] = "i" } print(t[1], t[2.0])
local function va(...) return { ... }, { ..., "end" }, { "start", ... } end
local a, b, c = va(1, nil, 3)
print(count(a), count(b), count(c), b[1], b[2], c[4])
t = { three(), [3] = "x" } print(t[3])
t = { [3] = "x", three() } print(t[3])
t = { string.byte("abc", 1, -1) } print(#t, t[3])
t = { ("abc"):byte(1, -1), "z" } print(#t, t[2])
local n = 0
local function inc() n = n + 1 return n end
t = { inc(), inc(), k = inc(), inc() } print(t[1], t[2], t.k, t[3])
t = { { {} } } print(type(t[1][1]))
t = { -1, - 1, 2 - 1, "x" .. "y", not nil, #"abc" }
for i = 1, 6 do io.write(tostring(t[i]), " ") end print()
local loadstr = loadstring or load
print(loadstr("return {1,,2}"), (loadstr("return {,}")))
print((loadstr("return {;}")), type(loadstr("return {1;}")))
