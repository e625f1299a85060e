-- dialects: 5.1 5.2 5.3 5.4 5.5
-- assigning to a for-loop control variable: allowed until 5.4, a compile error in 5.5
local loadstr = loadstring or load
local srcs = {
  "for i = 1, 3 do i = i * 2 end return 'numeric ok'",
  "for k, v in pairs({1}) do k = nil end return 'generic first ok'",
  "for k, v in pairs({1}) do v = 2 end return 'generic second ok'",
  "for i = 1, 2 do local i = 5 end return 'shadow ok'",
  "for i = 1, 2 do local f = function() i = 1 end end return 'closure assign'",
  "for i = 1, 2 do i, x = 1, 2 end return 'multi assign'",
}
for _, s in ipairs(srcs) do
  local f, e = loadstr(s)
  if f then print(pcall(f)) else print("compile error", e) end
end
local t = {}
for i = 1, 3 do t[#t + 1] = i end
print(table.concat(t, ","))
