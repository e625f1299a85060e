-- dialects: 5.1 5.2 5.3 5.4 5.5
-- weak tables after a full collection: which entries go away (strings and numbers never do)
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local wk = setmetatable({}, { __mode = "k" })
local wv = setmetatable({}, { __mode = "v" })
local wkv = setmetatable({}, { __mode = "kv" })
local keep = {}
for i = 1, 5 do
  local obj = {}
  if i <= 2 then keep[i] = obj end
  wk[obj] = i
  wv[i] = obj
  wkv[obj] = obj
end
wv.str = "a string"
wv.num = 42
wv.bool = true
wk["strkey"] = {}
wk[1] = {}
wv.fn = function() end
local upv = {}
wv.closure = function() return upv end
collectgarbage()
collectgarbage()
print(count(wk), count(wv), count(wkv))
print(wv.str, wv.num, wv.bool, type(wk.strkey), type(wk[1]))
print(wv[1] == keep[1], wv[2] == keep[2], wv[3], wv[4], wv[5])
print(type(wv.fn), type(wv.closure))
local t = setmetatable({}, { __mode = "v" })
t[1] = "x" .. "y"
t[2] = {}
collectgarbage()
print(t[1], t[2])
local e = setmetatable({}, { __mode = "k" })
do
  local k = {}
  e[k] = { ref = k }
end
collectgarbage()
collectgarbage()
print(count(e))
local mode = setmetatable({}, { __mode = "v" })
mode[1] = {}
getmetatable(mode).__mode = nil
collectgarbage()
print(mode[1] ~= nil or "collected")
