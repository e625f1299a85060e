-- dialects: 5.2 5.3 5.4 5.5
-- package.searchpath with templates, separators, and the error listing
local tmp = os.tmpname()
local dir = tmp:match("^(.*)/")
os.remove(tmp)
local utmp = os.tmpname()
local name = "sp_" .. (utmp:match("[^/]+$"):gsub("%W", "_"))
local path = dir .. "/" .. name .. ".lua"
local f = assert(io.open(path, "w"))
f:write("return 'found me'")
f:close()
local found = package.searchpath(name, dir .. "/?.lua")
print(found == path)
print(package.searchpath("a.b.c", "/nonexistent_luna/?.lua"))
print(package.searchpath("a.b", "/nonexistent_luna/?.x;/nonexistent_luna/?/init.x"))
print(package.searchpath("a_b", "/nonexistent_luna/?.lua", "_", "/"))
print(package.searchpath("a.b", "/nonexistent_luna/?.lua", ".", "#"))
print(package.searchpath("x", ""))
local nf = package.searchpath(name:gsub("_", "."), dir .. "/?.lua", ".", "_")
print(nf == path)
local old = package.path
package.path = dir .. "/?.lua"
print((require(name)))
package.path = old
os.remove(path)
print(pcall(package.searchpath))
print(package.config:gsub("\n", "|"))
os.remove(utmp)
