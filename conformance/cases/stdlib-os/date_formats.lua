-- dialects: 5.1 5.2 5.3 5.4 5.5
-- os.date UTC conversions over many fixed times and every common conversion specifier
local times = {0, 1, 59, 3600, 86399, 86400, 951782400, 1000000000, 1234567890, 1700000000, 2147483647}
for _, t in ipairs(times) do
  print(t, os.date("!%Y-%m-%d %H:%M:%S %a %b %j %w %y", t))
end
local specs = {"%a", "%A", "%b", "%B", "%d", "%H", "%I", "%j", "%m", "%M", "%p", "%S", "%U", "%w", "%W", "%y", "%Y", "%%", "%D", "%e", "%F", "%h", "%n", "%R", "%t", "%T", "%u", "%V", "%G", "%g", "%C"}
local out = {}
for _, s in ipairs(specs) do
  local ok, v = pcall(os.date, "!" .. s, 1234567890)
  out[#out + 1] = s .. "=" .. (ok and v:gsub("\n", "\\n"):gsub("\t", "\\t") or "ERR")
end
print(table.concat(out, " "))
local t = os.date("!*t", 951782400)
print(t.year, t.month, t.day, t.yday, t.wday, t.hour, t.isdst)
local keys = {}
for k in pairs(os.date("*t", 0)) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, " "))
print(pcall(os.date, "!%Y", -1))
print(os.date("!", 0) == "", #os.date("!%c", 0) > 0)
