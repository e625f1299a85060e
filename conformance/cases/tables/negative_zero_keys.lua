-- dialects: 5.1 5.2 5.3 5.4 5.5
-- a -0.0 key: 5.1/5.2 keep the sign the key had when its entry was made (also when a zero key
-- is set again right after its entry was cleared); 5.3+ store the integer 0
local nz = -0.0
local function show(t) local o = {} for k, v in pairs(t) do if k == 0 then o[#o+1] = tostring(1/k) end end return table.concat(o, ",") end
local b = {} b[nz] = 1 b[nz] = nil b[5.5] = 1 b[0] = 2 print("b", show(b))
local c = {} c[nz] = 1 c[7] = 1 c[8] = 1 c[nz] = nil c[0] = 2 print("c", show(c))
local d = {[nz] = 1} print("d", show(d))
local e = {} rawset(e, nz, 1) print("e", show(e))
local f = {} f[nz] = 1 f[0] = 2 print("f", show(f), f[0], f[nz])
local g = {} g[0] = 1 g[nz] = 2 print("g", show(g))
local h = {1, 2, 3} h[nz] = 1 print("h", show(h))
local i = {} i[nz] = 1 print(next(i) == 0, 1/next(i), rawget(i, 0), rawget(i, nz))
local j = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v) end}) j[nz] = 1 print("j", show(j))
local k = {} k[nz] = 1 k[nz] = nil for x = 1, 10 do k[x + 0.5] = x end k[0] = 1 print("k", show(k))
local t = {}
t[-0.0] = 1
for k, v in pairs(t) do print("k", k, v, 1/k) end
print(t[0], t[-0.0], rawget(t, 0))
t[0] = 2
for k, v in pairs(t) do print("k2", k, v, 1/k) end
print(t[-0.0], t[0])
local u = {}
u[0] = 1
u[-0.0] = 2
for k, v in pairs(u) do print("u", k, v, 1/k) end
local w = {10, 20}
w[-0.0] = 5
for k, v in pairs(w) do print("w", k, v, 1/k) end
print(#w, next({[-0.0] = 1}))
local z = -0.0
local x = {[z] = "a"}
print(1/next(x))
x[z] = nil
print(next(x))
x[0] = "b"
print(1/next(x))
local y = {}
y[-0.0] = 1
y[-0.0] = nil
y[0] = 3
print(1/next(y))
local v = {}
for i = 1, 3 do v[i] = i end
v[-0.0] = "m"
for k, val in pairs(v) do print("v", k, val, 1/k) end
