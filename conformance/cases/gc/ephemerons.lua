-- dialects: 5.2 5.3 5.4 5.5
-- ephemeron tables: a weak-key entry whose value refers back to its key is collectable
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local eph = setmetatable({}, {__mode = "k"})
for i = 1, 5 do
  local k = {}
  eph[k] = {ref = k, i = i}
end
local kept = {}
eph[kept] = {ref = kept}
collectgarbage()
collectgarbage()
print(count(eph), eph[kept].ref == kept)
local chain = setmetatable({}, {__mode = "k"})
local k1, k2 = {}, {}
chain[k1] = k2
chain[k2] = k1
k1, k2 = nil, nil
collectgarbage()
print(count(chain))
local root = {}
local e2 = setmetatable({}, {__mode = "k"})
local a, b = {}, {}
e2[root] = a
e2[a] = b
e2[b] = "end"
a, b = nil, nil
collectgarbage()
print(count(e2))
root = nil
collectgarbage()
print(count(e2))
local fin = {}
local wk = setmetatable({}, {__mode = "k"})
local wv = setmetatable({}, {__mode = "v"})
do
  local obj = setmetatable({}, {__gc = function(o) fin[#fin + 1] = (wk[o] ~= nil) and "key present" or "key cleared" end})
  wk[obj] = true
  wv[1] = obj
end
collectgarbage()
print(fin[1], wv[1])
collectgarbage()
print(count(wk))
