-- dialects: 5.1 5.2 5.3 5.4 5.5
-- next/ipairs/pairs protocols, raw functions and their argument checks
local t = { 10, 20, 30, nil, 50 }
local s = {}
for i, v in ipairs(t) do s[#s + 1] = i .. "=" .. v end
print(table.concat(s, " "))
local arr = { "a", "b", "c" }
local k, v = next(arr)
print(k, v, next(arr, 3), next({}), select("#", next({})))
print(pcall(function() return next(arr, "nokey") end))
print(pcall(function() return next(arr, 10) end))
print(pcall(function() return next() end))
print(pcall(function() return next(nil) end))
local it, st, init = ipairs(arr)
print(type(it), st == arr, init)
print(it(arr, 0), it(arr, 2), it(arr, 3))
local p1, p2, p3 = pairs(arr)
print(p1 == next, p2 == arr, p3)
local function try(f) local r = { pcall(f) } for i = 2, #r do if type(r[i]) == "function" then r[i] = "<function>" end end print(r[1], r[2], r[3], r[4]) end
try(function() return ipairs() end)
try(function() return ipairs(nil) end)
try(function() return pairs(nil) end)
print(pcall(function() for _ in pairs(42) do end end))
local proxy = setmetatable({}, { __index = function(_, i) if i <= 3 then return i * 100 end end })
local got = {}
for i, v in ipairs(proxy) do got[#got + 1] = v end
print(#got, table.concat(got, ","))
local withpairs = setmetatable({}, { __pairs = function(self) return function(_, k) if not k then return 1, "one" end end, self, nil end })
local pk = {}
for k, v in pairs(withpairs) do pk[#pk + 1] = tostring(k) .. "=" .. tostring(v) end
print(#pk, pk[1])
print(rawequal(arr, arr), rawequal(arr, {}), rawequal("a", "a"), rawequal(1, 1.0))
print(pcall(function() return rawequal(1) end))
print(rawget(arr, 1), rawget(arr, 4), pcall(function() return rawget(1, 1) end))
print(rawset(arr, 4, "d") == arr, arr[4], pcall(function() return rawset({}, nil, 1) end))
print(rawlen and rawlen({ 1, 2 }) or "no rawlen", rawlen and rawlen("abc") or "no rawlen")
print(rawlen and pcall(function() return rawlen(5) end) or "no rawlen")
local keys = {}
local tt = { a = 1, b = 2, c = 3, d = 4 }
for k in pairs(tt) do tt[k] = nil end
print(next(tt))
local cnt = 0
local grow = { 1, 2, 3 }
for k, v in pairs(grow) do grow[k] = v * 2 cnt = cnt + 1 end
print(cnt, grow[1], grow[2], grow[3])
print(type(_G), _G._G == _G, _G.print == print)
