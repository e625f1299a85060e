-- dialects: 5.1 5.2 5.3 5.4 5.5
-- a value that cannot be called, called by a library function: no position
print(pcall(tostring, setmetatable({}, {__tostring = "notfn"})))
print(pcall(pcall, 5))
print(pcall(table.sort, {3, 1, 2}, "cmp"))
print(pcall(string.gsub, "abc", "b", setmetatable({}, {__index = 42})))
print(pcall(function() return setmetatable({}, {__index = "x"}).y end))
