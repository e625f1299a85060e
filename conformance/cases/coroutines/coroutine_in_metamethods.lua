-- dialects: 5.2 5.3 5.4 5.5
-- yielding from many kinds of metamethods and from iterator functions inside a coroutine
local log = {}
local mt = {}
for _, e in ipairs({"__add", "__sub", "__concat", "__eq", "__lt", "__le", "__len", "__unm", "__index", "__newindex", "__call"}) do
  mt[e] = function(...) local r = coroutine.yield(e) log[#log + 1] = e return r end
end
local a, b = setmetatable({}, mt), setmetatable({}, mt)
local co = coroutine.wrap(function()
  local r = {}
  r[#r + 1] = a + 1
  r[#r + 1] = a - b
  r[#r + 1] = a .. "x"
  r[#r + 1] = tostring(a == b)
  r[#r + 1] = tostring(a < b)
  r[#r + 1] = tostring(a <= b)
  r[#r + 1] = #a
  r[#r + 1] = -a
  r[#r + 1] = a.key
  a.key = 1
  r[#r + 1] = a(1)
  return table.concat(r, ",")
end)
local v = co()
local steps = {}
while v do
  steps[#steps + 1] = v
  local resumeValue = (v == "__eq" or v == "__lt" or v == "__le") and true or v:sub(3)
  v = co(resumeValue)
  if v and not v:match("^__") then steps[#steps + 1] = "result:" .. v break end
end
print(table.concat(steps, " "))
print(table.concat(log, " "))
