-- dialects: 5.2 5.3 5.4 5.5
-- Yields from deep inside nested calls and pcalls, resumed many times: results,
-- errors raised after a resume reaching a pcall several calls below, tail calls
-- and varargs across suspensions, recursion that goes deeper after a resume.

local function walk(t, depth)
  if type(t) ~= "table" then
    local got = coroutine.yield(t, depth)
    return got
  end
  local sum = 0
  for i = 1, #t do sum = sum + walk(t[i], depth + 1) end
  return sum
end

local tree = { 1, { 2, { 3, { 4, 5 } }, 6 }, { { { 7 } } }, 8 }
local co = coroutine.create(function() return walk(tree, 0) end)
local ok, v, d = coroutine.resume(co)
local seen = {}
while coroutine.status(co) == "suspended" do
  seen[#seen + 1] = v .. "@" .. d
  ok, v, d = coroutine.resume(co, v * 10)
end
print(ok, v, table.concat(seen, " "))

-- an error raised after a resume, caught by a pcall three calls below the yield
local function thrower(n)
  local x = coroutine.yield("before " .. n)
  if x == "boom" then error("raised after resume " .. n, 0) end
  return x
end
local function middle(n) return (thrower(n)) .. "!" end
local co2 = coroutine.wrap(function()
  local r = {}
  for i = 1, 3 do
    local ok2, e = pcall(function() return middle(i) end)
    r[#r + 1] = tostring(ok2) .. ":" .. tostring(e)
  end
  return table.concat(r, ", ")
end)
print(co2())
print(co2("fine"))
print(co2("boom"))
print(co2("ok"))

-- the error is not caught inside: the coroutine dies with it
local co3 = coroutine.create(function()
  local function deep(n) if n == 0 then coroutine.yield("deep") error({ code = 7 }) end return deep(n - 1) + 1 end
  return deep(50)
end)
print(coroutine.resume(co3))
local ok3, e3 = coroutine.resume(co3)
print(ok3, type(e3), e3.code, coroutine.status(co3))

-- tail calls and varargs across yields
local function tail(n, ...)
  if n == 0 then return coroutine.yield(...) end
  return tail(n - 1, ...)
end
local co4 = coroutine.wrap(function(...) local a, b, c = tail(100, ...) return c, b, a end)
print(co4(1, 2, 3))
print(co4("x", "y", "z"))

-- recursion deeper after each resume
local function rec(n) if n == 0 then return coroutine.yield(0) end return rec(n - 1) + 1 end
local co5 = coroutine.wrap(function() local s = 0 for i = 1, 5 do s = s + rec(i * 1000) end return s end)
local r5 = co5()
for i = 1, 5 do r5 = co5(i) end
print(r5)

-- a yield inside a metamethod inside a pcall inside a generic for
local mt = { __index = function(t, k) return coroutine.yield(k) end }
local co6 = coroutine.wrap(function()
  local out = {}
  for i, v in ipairs({ "a", "b" }) do
    local ok6, r = pcall(function() return setmetatable({}, mt)[v] end)
    out[#out + 1] = tostring(ok6) .. "=" .. tostring(r)
  end
  return table.concat(out, ";")
end)
print(co6(), co6("A"), co6("B"))
