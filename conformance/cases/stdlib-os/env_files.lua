-- dialects: 5.1 5.2 5.3 5.4 5.5
-- os.getenv, os.remove/os.rename error triples, os.tmpname usage
print(os.getenv("LUNA_SURELY_UNDEFINED_VARIABLE_12345"))
print(type(os.getenv("PATH")))
print(pcall(os.getenv))
local r1, r2, r3 = os.remove("/nonexistent_dir_luna/file.txt")
print(r1, r2, r3)
local n1, n2, n3 = os.rename("/nonexistent_dir_luna/a", "/nonexistent_dir_luna/b")
print(n1, n2, n3)
local name = os.tmpname()
print(type(name))
local f = io.open(name, "w")
f:write("data")
f:close()
local newname = name .. ".renamed"
print(os.rename(name, newname))
print(io.open(name) == nil)
print(os.remove(newname))
print(select("#", os.remove(newname)), (select(3, os.remove(newname))))
print(type(os.clock()), os.clock() >= 0)
print(type(os.exit), type(os.execute), type(os.setlocale))
print(os.setlocale("C"), os.setlocale(nil), os.setlocale("C", "numeric"))
print(os.setlocale("no_such_locale_xyz"))
print(pcall(os.setlocale, "C", "bogus"))
local names = {}
for k in pairs(os) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
