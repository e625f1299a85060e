-- dialects: 5.1 5.2 5.3 5.4 5.5
-- ipairs stops at the first nil, ipairs respects __index from 5.3, pairs with next semantics
local t = {1, 2, nil, 4}
local n = 0
for i, v in ipairs(t) do n = i end
print(n)
local z = {[0] = "zero", "one", "two"}
local seen = {}
for i, v in ipairs(z) do seen[#seen + 1] = i .. "=" .. v end
print(table.concat(seen, " "))
local f, s, init = ipairs(t)
print(f(s, init))
print(f(s, 1))
print(f(s, 2))
print(f(s, 3))
print(f({}, 0))
local prox = setmetatable({}, {__index = function(_, i) if i <= 3 then return "p" .. i end end})
seen = {}
for i, v in ipairs(prox) do seen[#seen + 1] = v end
print(#seen)
local strings = {"a", "b"}
strings[4] = "d"
seen = {}
for i, v in ipairs(strings) do seen[#seen + 1] = v end
print(table.concat(seen))
local keys = {}
for k in pairs({10, 20, 30, x = 1}) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, ","))
local function ty(ok, a, b, c) return ok, type(a), b, c end
print(ty(pcall(function(...) return select(1, ipairs(...)) end, 5)))
print(ty(pcall(function(...) return select(1, pairs(...)) end, 5)))
print(pcall(function(...) return select(1, pairs(...)) end))
print(pcall(function() for k in pairs(nil) do end end))
local strIp = {}
print(pcall(function() for i, c in ipairs("abc") do strIp[#strIp + 1] = c end return #strIp end))
local mod = {1, 2, 3}
local visited = 0
for i, v in ipairs(mod) do visited = visited + 1 if i == 1 then mod[3] = nil end end
print(visited)
local grow = {1}
local steps = 0
for i, v in ipairs(grow) do steps = steps + 1 if i < 5 then grow[i + 1] = i + 1 end end
print(steps)
