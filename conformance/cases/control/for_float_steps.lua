-- dialects: 5.1 5.2 5.3 5.4 5.5
-- numeric for with float steps: accumulated values, loop variable type, precision and empty ranges
local function run(a, b, c)
  local vals = {}
  for i = a, b, c do
    vals[#vals + 1] = tostring(i)
    if #vals >= 12 then vals[#vals + 1] = "..." break end
  end
  print(a, b, c, #vals, table.concat(vals, " "))
end
run(0, 1, 0.1)
run(1, 0, -0.25)
run(0, 0.3, 0.1)
run(1, 2, 0.5)
run(1.5, 4, 1)
run(1, 3.9, 1)
run(-1, -3.5, -1)
run(0.1, 0.35, 0.05)
run(1e15, 1e15 + 4, 1)
run(2^53 - 2, 2^53 + 2, 1)
run(1, 1, 0.5)
run(1, 0.99, 0.5)
run(3, 3.0, -1)
run(0, -0.0, 1)
run(-0.0, 0, 1)
run(1, 1e308, 1e307)
local n = 0
for i = 1, 2, 0.3 do n = n + 1 end
print("count", n)
local tz = 0
local ok = pcall(function()
  for i = 1, 5, tz do tz = tz + 1 if tz > 3 then break end end
end)
print(ok, tz)
local types = {}
for i = 1, 2 do types[#types + 1] = math.type and math.type(i) or type(i) end
for i = 1.0, 2 do types[#types + 1] = math.type and math.type(i) or type(i) end
for i = 1, 2.0 do types[#types + 1] = math.type and math.type(i) or type(i) end
for i = 1, 2, 1.0 do types[#types + 1] = math.type and math.type(i) or type(i) end
print(table.concat(types, " "))
local modsrc = "local mod = {} for i = 1, 3 do mod[#mod + 1] = i i = i * 10 mod[#mod + 1] = i end return table.concat(mod, ' ')"
local mf, merr = (loadstring or load)(modsrc)
print(mf and mf() or merr)
