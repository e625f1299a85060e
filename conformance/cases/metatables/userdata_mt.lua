-- dialects: 5.1 5.2 5.3 5.4 5.5
-- metatables of library userdata (files) and of strings: __index, __name, __tostring, protection
local mt = getmetatable(io.stdout)
print(type(mt), type(mt.__index), mt.__name)
print(type(mt.__gc), type(mt.__tostring), type(mt.__close))
print(io.stdout.write == io.stderr.write, type(io.stdout.lines))
local methods = {}
for k in pairs(mt.__index) do methods[#methods + 1] = k end
table.sort(methods)
print(table.concat(methods, " "))
print(tostring(io.stdout):match("^file %(0x%x+%)$") ~= nil or tostring(io.stdout):match("^file %(") ~= nil)
print(pcall(function(...) return select(1, setmetatable(...)) end, io.stdout, {}))
print(type(getmetatable("").__index), getmetatable("").__name)
print(rawequal(getmetatable("a"), getmetatable("")))
print(pcall(function() return io.stdout.nonexistent end))
print(pcall(function() io.stdout.x = 1 end))
print(pcall(function() return #io.stdout end))
print(pcall(function() return io.stdout + 1 end))
print(pcall(function() return io.stdout < io.stderr end))
print(io.stdout == io.stdout, io.stdout == io.stderr)
