-- dialects: 5.1 5.2 5.3 5.4 5.5
-- debug.getlocal lists a for loop's hidden control entries, with their values, per dialect
local function dump(level)
  local out = {}
  local i = 1
  while true do
    local name, value = debug.getlocal(level + 1, i)
    if not name then break end
    out[#out + 1] = name .. "=" .. (type(value) == "number" and tostring(value) or type(value))
    i = i + 1
  end
  return table.concat(out, " ")
end
local a = 1
for i = 1, 2 do
  local b = i
  local s = dump(1) print(s)
end
for k, v in pairs({x = 1}) do local s = dump(1) print(s) end
local function f(x, y, ...)
  local z = 3
  local s = dump(1) print(s)
  print(debug.getlocal(1, -1), debug.getlocal(1, -2))
end
f(1, 2, 3, 4)
do local d = {} local s = dump(1) print(s) end
for i = 10, 1, -3 do local s = dump(1) print(s) end
for x = 1.5, 3 do local s = dump(1) print(s) end
local co = coroutine.wrap(function() for i = 1, 2 do local s = dump(1) print(s) coroutine.yield() end end)
co() co()
for i = 1, 2.5 do local s = dump(1) print(s) end
for i = 3, 1, -1 do if i == 2 then local s = dump(1) print(s) end end
local function nested() for a1 = 1, 1 do for b1 in ipairs({7}) do local s = dump(1) print(s) end end end
nested()
