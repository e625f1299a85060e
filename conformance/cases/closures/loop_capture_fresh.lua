-- dialects: 5.1 5.2 5.3 5.4 5.5
-- every loop iteration gets fresh locals: numeric, generic, while and repeat bodies
local fs = {}
for i = 1, 3 do fs[#fs + 1] = function() return i end end
for k, v in ipairs({ "a", "b" }) do fs[#fs + 1] = function() return k .. v end end
local j = 0
while j < 3 do
  j = j + 1
  local c = j * 10
  fs[#fs + 1] = function() c = c + 1 return c end
end
repeat
  local r = j
  fs[#fs + 1] = function() return "r" .. r end
  j = j - 1
until r <= 2
local out = {}
for n, f in ipairs(fs) do out[n] = tostring(f()) end
print(table.concat(out, " "))
print(fs[6](), fs[6](), fs[7]())
local shared = {}
for i = 1, 3 do
  local x = i
  shared[i] = { get = function() return x end, set = function(v) x = v end }
end
shared[1].set(100)
print(shared[1].get(), shared[2].get(), shared[3].get())
local acc = {}
for i = 1, 3 do
  local j = i
  acc[i] = function() j = j + 10 return j end
end
print(acc[1](), acc[1](), acc[2](), acc[3]())
local outer = {}
for i = 1, 2 do
  for j2 = 1, 2 do outer[#outer + 1] = function() return i * 10 + j2 end end
end
for _, f in ipairs(outer) do io.write(f(), " ") end print()
local gen = {}
for k in pairs({ x = 1 }) do gen[1] = function() return k end end
print(gen[1]())
local before = {}
local x = 1
before[1] = function() return x end
x = 2
local x = 3
before[2] = function() return x end
print(before[1](), before[2]())
local cnt = 0
local brk = {}
for i = 1, 10 do
  brk[i] = function() return i end
  if i == 3 then break end
end
print(#brk, brk[3]())
