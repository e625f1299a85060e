-- dialects: 5.1 5.2 5.3 5.4 5.5
-- coroutine-based iterators used in generic for, with early break and state passing
local function range(a, b, step)
  return coroutine.wrap(function()
    for i = a, b, step or 1 do coroutine.yield(i) end
  end)
end
local r = {}
for i in range(1, 10, 3) do r[#r + 1] = i end
print(table.concat(r, " "))
r = {}
for i in range(10, 1, -4) do r[#r + 1] = i end
print(table.concat(r, " "))
local function enumerate(t)
  return coroutine.wrap(function() for i, v in ipairs(t) do coroutine.yield(i, v) end end)
end
for i, v in enumerate({"a", "b"}) do print(i, v) end
local function zip(a, b)
  return coroutine.wrap(function()
    for i = 1, math.min(#a, #b) do coroutine.yield(a[i], b[i]) end
  end)
end
for x, y in zip({1, 2, 3}, {"x", "y"}) do print(x, y) end
local function chars(s) return coroutine.wrap(function() for c in s:gmatch(".") do coroutine.yield(c) end end) end
local out = {}
for c in chars("hello") do out[#out + 1] = c:upper() end
print(table.concat(out))
local gen = range(1, 100)
local first = {}
for i in gen do first[#first + 1] = i if i == 3 then break end end
print(table.concat(first, ","), gen(), gen())
local function flatten(t)
  return coroutine.wrap(function()
    local function walk(x) if type(x) == "table" then for _, y in ipairs(x) do walk(y) end else coroutine.yield(x) end end
    walk(t)
  end)
end
out = {}
for v in flatten({1, {2, {3, {4, {5}}}}, 6}) do out[#out + 1] = v end
print(table.concat(out, ""))
local function take(n, it) return coroutine.wrap(function() for i = 1, n do local v = it() if v == nil then return end coroutine.yield(v) end end) end
local function naturals() return coroutine.wrap(function() local i = 0 while true do i = i + 1 coroutine.yield(i) end end) end
out = {}
for v in take(7, naturals()) do out[#out + 1] = v * v end
print(table.concat(out, " "))
