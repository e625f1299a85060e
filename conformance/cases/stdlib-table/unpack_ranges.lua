-- dialects: 5.1 5.2 5.3 5.4 5.5
-- unpack with explicit ranges: past the border, negative, empty, reversed, nil holes
local unpack = table.unpack or unpack
local t = {"a", "b", "c", [5] = "e", [0] = "zero", [-1] = "neg"}
print(unpack(t, 1, 3))
print(unpack(t, 1, 5))
print(unpack(t, -1, 1))
print(unpack(t, 4, 6))
print(select("#", unpack(t, 3, 2)), select("#", unpack(t, 5, 5)))
print(unpack({}, 1, 2))
print(unpack({1, 2, 3}, 2, 2))
print(pcall(function(...) return select(1, unpack(...)) end, t, 1, "x"))
print(pcall(function(...) return select(1, unpack(...)) end, t, "y"))
print(pcall(function(...) return select(1, unpack(...)) end, nil))
print(unpack({1, 2}, nil, nil))
print(unpack({1, 2, 3}, 3))
print(select("#", unpack({n = 3})))
print(pcall(function(...) return select(1, unpack(...)) end, {}, 1, 1e7))
