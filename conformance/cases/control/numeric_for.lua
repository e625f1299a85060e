-- dialects: 5.1 5.2 5.3 5.4 5.5
-- numeric for: float steps, negative steps, empty ranges, step evaluation once
local function collect(a, b, c)
  local t = {}
  if c then for i = a, b, c do t[#t + 1] = tostring(i) if #t > 20 then break end end
  else for i = a, b do t[#t + 1] = tostring(i) if #t > 20 then break end end end
  return table.concat(t, " ")
end
print(collect(1, 5))
print(collect(5, 1))
print(collect(5, 1, -1))
print(collect(1, 2, 0.5))
print(collect(0, 1, 0.1))
print(collect(1, 0, 0.25))
print(collect(1.5, 4))
print(collect(10, 1, -3))
print(collect(1, 3.5))
print(collect(-3, -1))
print(collect(1, 1))
print(collect(1, 0))
print(collect(0.1, 0.35, 0.1))
print(collect("1", "3"))
print(collect(1, 10, 4))
print(pcall(collect, 1, 10, 0))
print(pcall(collect, 1.0, 10, 0))
print(pcall(collect, 1, 10, 0.0))
print(pcall(function() for i = 1, "x" do end end))
print(pcall(function() for i = nil, 2 do end end))
print(pcall(function() for i = 1, 2, {} do end end))
print(pcall(function() for i = {}, 2 do end end))
local calls = 0
local function lim() calls = calls + 1 return 3 end
for i = 1, lim() do end
print(calls)
local last
for i = 1, 3 do last = i end
print(last, i)
for i = 1, 0 do print("never") end
local sum = 0
for i = 1, 100 do sum = sum + i end
print(sum)
for i = 3, 1, -1 do io.write(i, ",") end print()
local t = {}
for i = 1, 3 do local i = i * 2 t[#t + 1] = i end
print(table.concat(t, " "))
local big = 0
for i = 1, 1e6, 1e5 do big = big + 1 end
print(big)
print(collect(1, math.huge, 2^60))
print(collect(-math.huge, -math.huge + 1, 1) == "")
print(collect(1, 0/0))
