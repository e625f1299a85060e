-- dialects: 5.1 5.2 5.3 5.4 5.5
-- os.date in UTC ('!') for fixed times: formats, *t tables, and conversion errors
local times = { 0, 86399, 86400, 951782400, 951868800, 1234567890, 2147483647, 4102444800, -86400 }
for _, t in ipairs(times) do
  print(t, os.date("!%Y-%m-%d %H:%M:%S %j %w %a %b %A %B %p %y %%", t))
end
local d = os.date("!*t", 1234567890)
local keys = {}
for k in pairs(d) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(k, "=", tostring(d[k]), " ") end
print()
print(os.date("!%c", 0))
print(os.date("!%x %X %D %T %R %e %I %M %S", 1e9))
print(os.date("!%H%%%M", 3600 * 5 + 60 * 7))
print(os.date("!", 0) == "", #os.date("!x", 0))
print(os.date("!%U %W %V %G %g %u %C %n %t|", 1234567890))
print(pcall(os.date, "!%Ez", 0))
print(pcall(os.date, "!%Q", 0))
print(pcall(os.date, "!%", 0))
print(pcall(os.date, "!%Y", "x"))
print(pcall(os.date, "!%Y", 1.5))
print(pcall(os.date, "!*t", 2^60))
print(os.date("!%Y", 253402300799), os.date("!%Y", 253402300800))
print(type(os.date()), type(os.time()), type(os.clock()))
