-- dialects: 5.3 5.4 5.5
-- integer for loops near math.maxinteger/mininteger: iteration counts (guarded against wrap-around)
local maxi, mini = math.maxinteger, math.mininteger
local function run(a, b, c)
  local n, first, last = 0, nil, nil
  for i = a, b, c do
    n = n + 1
    first = first or i
    last = i
    if n >= 10 then break end
  end
  print(a, b, c, n, first, last)
end
run(maxi - 2, maxi, 1)
run(maxi - 5, maxi, 2)
run(mini + 2, mini, -1)
run(mini, mini + 2, 1)
run(mini, maxi, maxi)
run(maxi, mini, mini)
run(0, maxi, maxi // 2)
run(1, 0, 1)
run(0, 1, maxi)
run(maxi, maxi, 1)
run(mini, mini, -1)
run(-1, mini, mini)
run(1, 3.5, 1)
run(1, -math.huge, -1)
run(1, math.huge, 1)
run(maxi - 1, math.huge, 1)
run(1, 2^63, maxi)
run(1, -2^63, -maxi)
run(3, 1.5, -1)
run(1.0, 3, 1)
run(1, 3, 1.0)
run(maxi - 1.0, maxi, 1)
local function try(f) local ok, e = pcall(f) print(ok, e) end
try(function() for i = 1, 10, 0 do break end end)
try(function() for i = 1.0, 10, 0.0 do break end end)
try(function() for i = 1, 10, 0.0 do break end end)
try(function() for i = "1", 2 do end end)
try(function() for i = 1, "2" do end end)
try(function() for i = 1, 2, "1" do end end)
try(function() for i = 1, {} do end end)
try(function() for i = nil, 2 do end end)
try(function() for i = 1, 2, nil do end end)
