-- dialects: 5.1 5.2 5.3 5.4 5.5
-- writing and reading all 256 byte values in binary mode; partial reads and seek positions
local name = os.tmpname()
local bytes = {}
for i = 0, 255 do bytes[#bytes + 1] = string.char(i) end
local all = table.concat(bytes)
local f = assert(io.open(name, "wb"))
f:write(all, all)
f:close()
f = assert(io.open(name, "rb"))
local data = f:read("*a")
print(#data, data == all .. all)
f:seek("set", 10)
local chunk = f:read(5)
print(chunk:byte(1, -1))
print(f:seek("cur"), f:seek("end"), f:read(1), f:read(0))
f:seek("set", 255)
print(f:read(2):byte(1, -1))
f:seek("set", 0)
local lines = 0
for l in f:lines() do lines = lines + 1 end
print(lines)
f:close()
f = assert(io.open(name, "rb"))
local n = 0
while true do local c = f:read(100) if not c then break end n = n + #c end
print(n)
f:close()
os.remove(name)
