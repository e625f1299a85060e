-- dialects: 5.1 5.2 5.3 5.4 5.5
-- __index/__newindex as tables and functions, chains, rawget/rawset, what receives the write
local log = {}
local base = { greet = "hi", n = 0 }
local mid = setmetatable({ mid = true }, { __index = base })
local top = setmetatable({}, { __index = mid })
print(top.greet, top.mid, top.none, rawget(top, "greet"))
base.greet = "hello"
print(top.greet)
local store = {}
local w = setmetatable({}, { __newindex = store })
w.x = 1
print(rawget(w, "x"), store.x, w.x)
local store2 = setmetatable({}, { __newindex = function(t, k, v) log[#log + 1] = "fn:" .. k rawset(t, k, v) end })
local w2 = setmetatable({}, { __newindex = store2 })
w2.y = 2
print(rawget(w2, "y"), rawget(store2, "y"), table.concat(log, ","))
w2.y = 3
print(rawget(store2, "y"), table.concat(log, ","))
local existing = setmetatable({ e = 1 }, { __newindex = function() log[#log + 1] = "never" end })
existing.e = 2
print(existing.e, #log)
existing.e = nil
existing.e = 3
print(rawget(existing, "e"), log[#log])
local calls = {}
local fidx = setmetatable({}, { __index = function(t, k) calls[#calls + 1] = tostring(k) return k == "dyn" and 42 or nil end })
print(fidx.dyn, fidx.other, fidx[1], fidx[true], table.concat(calls, ","))
local deep = {}
local cur = deep
for i = 1, 50 do
  local nxt = {}
  setmetatable(cur, { __index = nxt })
  cur = nxt
end
cur.bottom = "found"
print(deep.bottom)
local loop1, loop2 = {}, {}
setmetatable(loop1, { __index = loop2 })
setmetatable(loop2, { __index = loop1 })
local ok, e = pcall(function() return loop1.x end)
print(ok, e)
local nl1, nl2 = {}, {}
setmetatable(nl1, { __newindex = nl2 })
setmetatable(nl2, { __newindex = nl1 })
ok, e = pcall(function() nl1.x = 1 end)
print(ok, e)
local counter = setmetatable({}, { __index = function(t, k) local v = #k rawset(t, k, v) return v end })
print(counter.abc, counter.hello, rawget(counter, "abc"), counter.abc)
local ro = setmetatable({}, { __index = { a = 1 }, __newindex = function(t, k) error("read-only: " .. k, 2) end })
ok, e = pcall(function() ro.b = 1 end)
print(ro.a, ok, e)
local nums = setmetatable({}, { __index = function(_, k) return k * 2 end })
print(nums[21], nums[1.5], pcall(function() return nums.x end))
local strproxy = setmetatable({}, { __index = "abc" })
ok, e = pcall(function() return strproxy.len end)
print(ok, type(e))
local numidx = setmetatable({}, { __index = 5 })
ok, e = pcall(function() return numidx.x end)
print(ok, e)
