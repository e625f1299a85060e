-- dialects: 5.1 5.2 5.3 5.4 5.5
-- weak tables keep non-collectable values; collected entries disappear from pairs and #
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local w = setmetatable({}, {__mode = "v"})
for i = 1, 5 do w[i] = {} end
w[6] = "s"
w[7] = 7
w[8] = true
w[9] = print
collectgarbage()
collectgarbage()
print(count(w), w[6], w[7], w[8], w[9] == print)
local k = setmetatable({}, {__mode = "k"})
k[1] = {}
k["a"] = {}
k[true] = {}
collectgarbage()
print(count(k))
local kv = setmetatable({}, {__mode = "kv"})
local key = {}
kv[key] = {}
kv[{}] = key
kv.str = key
collectgarbage()
print(count(kv), kv.str == key)
local mode = setmetatable({}, {__mode = "x"})
mode[1] = {}
collectgarbage()
print(count(mode))
print(getmetatable(w).__mode, getmetatable(k).__mode)
