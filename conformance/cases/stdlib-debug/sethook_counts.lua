-- dialects: 5.1 5.2 5.3 5.4 5.5
-- hooks: call/return events with getinfo names, line events for a loop, count hook with mask
local calls = {}
local function leaf() return 1 end
local function mid() return leaf() + leaf() end
debug.sethook(function(ev)
  local info = debug.getinfo(2, "nS")
  if info and info.what == "Lua" and info.short_src:find("sethook_counts") then
    calls[#calls + 1] = ev .. ":" .. tostring(info.name)
  end
end, "cr")
mid()
debug.sethook()
print(#calls > 0)
local filtered = {}
for _, c in ipairs(calls) do if c:find("leaf") or c:find("mid") then filtered[#filtered + 1] = c end end
print(table.concat(filtered, " "))
local lines = {}
local function loop()
  for i = 1, 2 do
    local x = i
  end
end
debug.sethook(function(ev, line) if debug.getinfo(2, "S").short_src:find("sethook_counts") then lines[#lines + 1] = line end end, "l")
loop()
debug.sethook()
print(table.concat(lines, " "))
local n = 0
debug.sethook(function() n = n + 1 end, "", 1)
local y = 0
for i = 1, 100 do y = y + i end
debug.sethook()
print(n > 100, y)
print(debug.gethook())
