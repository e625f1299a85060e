-- dialects: 5.1 5.2 5.3 5.4 5.5
-- write a structured log, then parse it back with read formats, seek and patterns
local name = os.tmpname()
local f = assert(io.open(name, "w"))
for i = 1, 10 do
  f:write(string.format("%03d %-5s %6.2f %s\n", i, i % 3 == 0 and "WARN" or "INFO", i * 1.25, ("x"):rep(i)))
end
f:close()
f = assert(io.open(name, "r"))
local warn, total, longest = 0, 0, 0
for line in f:lines() do
  local id, level, value, payload = line:match("^(%d+) (%u+)%s+([%d%.]+) (x+)$")
  if level == "WARN" then warn = warn + 1 end
  total = total + tonumber(value)
  if #payload > longest then longest = #payload end
end
print(warn, total, longest)
local size = f:seek("end")
print(size)
f:seek("set", 0)
print(f:read("*l"))
f:seek("set", size - 16)
print(f:read("*a"))
f:seek("set")
local id = f:read("*n")
print(id, math.type and math.type(id) or type(id))
f:close()
local a = assert(io.open(name, "a+"))
a:write("011 DONE\n")
a:seek("set")
local count = 0
for _ in a:lines() do count = count + 1 end
print(count)
a:close()
os.remove(name)
print(io.open(name) == nil)
