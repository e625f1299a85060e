-- dialects: 5.1 5.2 5.3 5.4 5.5
-- debug.getlocal from a line hook: the locals in scope at each line, loops included
local out = {}
local function target(x)
  local y = 10
  for i = 1, 2 do
    local z = i * 2
    y = y + z
  end
  do local w = 'w' y = y .. w end
  return y
end
debug.sethook(function(ev, line)
  local names = {}
  for l = 1, 20 do local n, v = debug.getlocal(2, l) if not n then break end if n:sub(1, 1) ~= '(' then names[#names + 1] = n .. '=' .. type(v) end end
  out[#out + 1] = line .. ':' .. table.concat(names, ',')
end, "l")
target(5)
debug.sethook()
for _, s in ipairs(out) do print(s) end
