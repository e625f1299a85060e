-- dialects: 5.1 5.2 5.3 5.4 5.5
-- float accumulation in numeric for loops and loop counts with fractional steps
local function count(a, b, s) local n = 0 for _ = a, b, s do n = n + 1 end return n end
print(count(0, 1, 0.1), count(0, 1, 0.25), count(1, 0, -0.1), count(0, 0.3, 0.1))
print(count(0.1, 1.0, 0.1), count(1, 2, 1/3), count(0, 1e-9, 1e-10))
print(count(1, 1e6, 1e5), count(-1, 1, 0.5), count(1e15, 1e15 + 4, 1))
local last
for x = 0, 1, 0.3 do last = x end
print(string.format("%.17g", last))
for x = 1, 2, 0.5 do io.write(x, " ") end print()
for x = 2, 1, -0.5 do io.write(x, " ") end print()
for x = -0.5, 0.5, 0.5 do io.write(x, " ") end print()
local acc = 0
for x = 0.5, 5 do acc = acc + x end
print(acc)
print(count(1, 3, 1.5), count(3, 1, -1.5))
print(count(2^52 - 2, 2^52, 1))
