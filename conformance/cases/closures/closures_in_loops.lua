-- dialects: 5.1 5.2 5.3 5.4 5.5
-- each iteration of numeric and generic for creates a fresh local
local fs = {}
for i = 1, 5 do fs[#fs + 1] = function() return i end end
for i = 10, 1, -3 do fs[#fs + 1] = function() return i end end
local out = {}
for _, f in ipairs(fs) do out[#out + 1] = f() end
print(table.concat(out, " "))
fs = {}
for i, v in ipairs({"a", "b", "c"}) do fs[i] = function() return i .. v end end
print(fs[1](), fs[2](), fs[3]())
fs = {}
local list = {"x", "y", "z"}
for idx = 1, #list do
  local item = list[idx]
  fs[idx] = function(suffix) return item .. (suffix or "") end
end
print(fs[1]("1"), fs[3]("3"), fs[2]())
fs = {}
local i = 1
while i <= 3 do
  fs[i] = function() return i end
  i = i + 1
end
print(fs[1](), fs[2](), fs[3]())
fs = {}
for outer = 1, 3 do
  local acc = 0
  for inner = 1, outer do
    acc = acc + inner
    fs[#fs + 1] = function() return outer .. ":" .. inner .. ":" .. acc end
  end
end
out = {}
for _, f in ipairs(fs) do out[#out + 1] = f() end
print(table.concat(out, " "))
local counters = {}
for n = 1, 3 do
  local count = 0
  counters[n] = {inc = function() count = count + n return count end, get = function() return count end}
end
counters[1].inc() counters[1].inc() counters[3].inc()
print(counters[1].get(), counters[2].get(), counters[3].get())
local gen = {}
for k, v in pairs({one = 1}) do
  gen.k = function() return k end
  gen.v = function() v = v + 1 return v end
end
print(gen.k(), gen.v(), gen.v())
local deferred = {}
for i = 1, 3 do
  local function later() return i * i end
  deferred[i] = later
end
print(deferred[1](), deferred[2](), deferred[3]())
local breakfs = {}
for i = 1, 10 do
  breakfs[#breakfs + 1] = function() return i end
  if i == 4 then break end
end
print(#breakfs, breakfs[4]())
local rep = {}
local n = 0
repeat
  n = n + 1
  local m = n * 2
  rep[n] = function() return m end
until m >= 6
print(#rep, rep[1](), rep[3]())
