-- dialects: 5.1 5.2 5.3 5.4 5.5
-- growing and shrinking tables: many keys, deletions, re-insertions, counting via pairs
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local t = {}
for i = 1, 10000 do t[i] = i end
print(#t, count(t))
for i = 1, 10000, 2 do t[i] = nil end
print(count(t), t[2], t[3])
for i = 1, 10000 do t["k" .. i] = i end
print(count(t))
for i = 1, 10000 do t["k" .. i] = nil end
print(count(t))
local sum = 0
for k, v in pairs(t) do sum = sum + v end
print(sum)
local h = {}
for i = 1, 100 do h[i * 1.5] = i end
print(count(h), h[1.5], h[150])
local mixed = {}
for i = 1, 50 do mixed[i] = true mixed[-i] = true mixed[tostring(i)] = true end
print(count(mixed))
local s = {}
for i = 1, 20 do s[i] = i end
for i = 20, 1, -1 do if i % 3 == 0 then table.remove(s, i) end end
print(#s, table.concat(s, " "))
local sparse = {}
sparse[1] = 1 sparse[1000000] = 2
print(count(sparse), sparse[1000000])
local reinserted = {}
for round = 1, 3 do
  for i = 1, 100 do reinserted[i] = round end
  for i = 1, 100 do reinserted[i] = nil end
end
print(count(reinserted), next(reinserted))
local visit = {}
for i = 1, 20 do visit["x" .. i] = i end
local n = 0
for k in pairs(visit) do visit[k] = nil n = n + 1 end
print(n, count(visit))
