-- dialects: 5.1 5.2 5.3 5.4 5.5
-- debug.traceback lines for nested Lua functions (stable frames only), and getinfo levels
local function frames(tb)
  local out = {}
  for line in tb:gmatch("[^\n]+") do
    if line:find("traceback_levels.lua", 1, true) then out[#out + 1] = line:gsub("^%s+", "") end
  end
  return out
end
local function c() return debug.traceback("msg") end
local function b() local r = c() return r end
local function a() local r = b() return r end
local fr = frames(a())
print(#fr)
for i, l in ipairs(fr) do print(i, l) end
local function lvl(n) local i = debug.getinfo(n, "Sl") return i and (i.short_src .. ":" .. i.currentline .. ":" .. i.what) end
local function x() return lvl(1), lvl(2), lvl(3) end
print(x())
local co = coroutine.create(function() local function inner() coroutine.yield() end inner() end)
coroutine.resume(co)
local cf = frames(debug.traceback(co))
for i, l in ipairs(cf) do print("co", i, l) end
print(debug.getinfo(co, 1, "l") and debug.getinfo(co, 1, "l").currentline)
