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
-- yields across C functions that are not yieldable: tostring, string.gsub, table.sort, load readers
local function attempt(name, f)
  local co = coroutine.create(f)
  local ok, v = coroutine.resume(co)
  print(name, ok, v, coroutine.status(co))
end
attempt("__tostring", function() return tostring(setmetatable({}, {__tostring = function() coroutine.yield("ts") return "x" end})) end)
attempt("gsub callback", function() return ("ab"):gsub(".", function(c) coroutine.yield(c) end) end)
attempt("sort comparator", function() table.sort({3, 1, 2}, function(a, b) coroutine.yield("cmp") return a < b end) end)
attempt("load reader", function() return load(function() coroutine.yield("reader") end) end)
attempt("__pairs", function() for k in pairs(setmetatable({}, {__pairs = function() coroutine.yield("pairs mm") return next, {}, nil end})) do end return "done" end)
attempt("__index via pcall", function() return pcall(function() return setmetatable({}, {__index = function() return coroutine.yield("pcall idx") end}).x end) end)
attempt("__eq", function() local m = {__eq = function() return coroutine.yield("eq") end} return setmetatable({}, m) == setmetatable({}, m) end)
attempt("__len", function() return #setmetatable({}, {__len = function() return coroutine.yield("len") end}) end)
attempt("__call", function() return setmetatable({}, {__call = function() return coroutine.yield("call") end})() end)
attempt("iterator", function() for v in function() return coroutine.yield("iter") end do return v end end)
