-- dialects: 5.1 5.2 5.3 5.4 5.5
-- deprecated/compat math functions: which exist per dialect (Debian builds) and their values
local names = {"pow", "ldexp", "frexp", "cosh", "sinh", "tanh", "log10", "atan2", "mod", "fmod", "modf", "rad", "deg", "exp", "log"}
for _, n in ipairs(names) do io.write(n, "=", type(math[n]), " ") end
print()
local function try(name, ...) if math[name] then return pcall(math[name], ...) end return "absent" end
print(try("pow", 2, 10))
print(try("ldexp", 0.75, 4))
print(try("frexp", 48))
print(try("frexp", 0))
print(try("frexp", -0.5))
print(try("log10", 0.001))
print(try("atan2", 1, 1))
print(try("cosh", 0), try("sinh", 0), try("tanh", 0))
print(try("mod", 7, -3))
print(pcall(math.log, 8, 2), pcall(math.log, 1000, 10))
print(pcall(math.atan, 1, -1))
