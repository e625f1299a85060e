-- dialects: 5.1 5.2 5.3 5.4 5.5
-- next/pairs/ipairs: order-independent checks, clearing fields during traversal
local function sortedkeys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = tostring(k) end
  table.sort(ks)
  return table.concat(ks, ",")
end
local t = {1, 2, 3, a = "A", b = "B", c = "C", [10] = 10}
print(sortedkeys(t))
for k, v in pairs(t) do
  if type(k) == "string" then t[k] = nil end
end
print(sortedkeys(t))
local u = {}
for i = 1, 50 do u["k" .. i] = i end
local cnt = 0
for k in pairs(u) do u[k] = nil cnt = cnt + 1 end
print(cnt, next(u))
print(next({}), next({}, nil))
print(next({"only"}))
local k1, v1 = next({x = 1})
print(k1, v1)
print(pcall(function(...) return select(1, next(...)) end, {}, "missing"))
print(pcall(function(...) return select(1, next(...)) end, nil))
print(pcall(function(...) return select(1, next(...)) end))
local seq = {"a", "b", nil, "d"}
local n = 0
for i, v in ipairs(seq) do n = i end
print(n)
for i, v in ipairs({10, 20, 30}) do io.write(i, "=", v, " ") end print()
for i, v in ipairs({}) do print("never") end
print(pcall(function(...) return select(1, ipairs(...)) end))
print((pcall(function(...) return select(1, ipairs(...)) end, nil)), type(select(2, pcall(function(...) return select(1, ipairs(...)) end, nil))))
local f, s, init = ipairs({})
print(type(f), type(s), init)
local pf, ps, pinit = pairs({})
print(type(pf), type(ps), pinit, pf == next)
local total = 0
for k, v in pairs({5, 6, 7, x = 100}) do total = total + v end
print(total)
local deep = {a = {b = {c = {}}}}
print(sortedkeys(deep), sortedkeys(deep.a), sortedkeys(deep.a.b))
local arr = {}
for i = 1, 10 do arr[i] = i end
local sum = 0
for k, v in pairs(arr) do sum = sum + k * v end
print(sum)
local ip = {}
for i = 1, 5 do ip[i] = i end
ip[3] = nil
local last
for i in ipairs(ip) do last = i end
print(last)
local proxy = setmetatable({}, {__index = function(_, i) if i <= 3 then return i * 11 end end})
local got = {}
for i, v in ipairs(proxy) do got[#got + 1] = v end
print(#got, table.concat(got, ","))
local modified = {x = 1, y = 2, z = 3}
for k in pairs(modified) do modified[k] = 0 end
print(modified.x + modified.y + modified.z, sortedkeys(modified))
