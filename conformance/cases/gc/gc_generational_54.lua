-- dialects: 5.4 5.5
-- switching collector modes and checking that weak tables / finalizers behave the same in both
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
for _, mode in ipairs({"generational", "incremental", "generational"}) do
  local prev = collectgarbage(mode)
  local w = setmetatable({}, {__mode = "v"})
  local fin = 0
  for i = 1, 50 do
    w[i] = {}
    setmetatable({}, {__gc = function() fin = fin + 1 end})
  end
  local keep = {}
  w.keep = keep
  collectgarbage()
  collectgarbage()
  print(mode, prev, count(w), fin, w.keep == keep)
end
collectgarbage("incremental")
print(collectgarbage("step", 0) ~= nil, collectgarbage("isrunning"))
local before = collectgarbage("count")
do local big = {} for i = 1, 100000 do big[i] = i end end
collectgarbage()
print(collectgarbage("count") < before + 1000)
