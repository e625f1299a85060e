-- dialects: 5.1 5.2 5.3 5.4 5.5
-- call and return hooks around chains of proper tail calls: the events ('tail call',
-- 5.1's 'tail return'), the names getinfo gives inside the hook, and the results
local out = {}
local function down(n)
  if n == 0 then return "done" end
  return down(n - 1)
end
local function viaMethod(t, n)
  return t:step(n)
end
local obj = { step = function(self, n) return n * 2 end }
local function mixed(n)
  if n % 2 == 0 then return down(n) end
  return viaMethod(obj, n)
end
debug.sethook(function(ev)
  local info = debug.getinfo(2, "Sn")
  if info.what ~= "C" and info.short_src:find("hooks_tail_chains") then
    out[#out + 1] = ev .. ":" .. tostring(info.name) .. ":" .. info.linedefined
  end
end, "cr")
local a = down(3)
local b = mixed(4)
local c = mixed(5)
debug.sethook()
print(a, b, c)
print(table.concat(out, "\n"))
