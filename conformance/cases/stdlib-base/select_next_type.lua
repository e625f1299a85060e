-- dialects: 5.1 5.2 5.3 5.4 5.5
-- type() of every kind of value, next(), select() edge cases, _VERSION
print(type(nil), type(true), type(0), type(""), type({}), type(print), type(type), type(coroutine.create(function() end)))
print(type(io.stdout), type(function() end), type(2^63), type("1"))
print(pcall(function(...) return select(1, type(...)) end))
print(type(type(nil)))
print(_VERSION)
print(next({}, nil), next({10}), next({10}, 1))
print(pcall(function(...) return select(1, next(...)) end, {}, 1))
local t = {a = 1}
local k, v = next(t)
print(k, v, next(t, k))
print(select("#", next({})))
print(rawequal(next, next), type(next))
local f, s, c = pairs({})
print(f == next, type(s), c)
local function identity(...) return ... end
print(select("#", identity()), select("#", identity(nil)), select("#", identity(nil, nil)))
print(select(2, identity(1, 2, 3)))
print(select(-2, identity(1, 2, 3)))
print(#arg, arg[0])
print(type(arg[-1]))
print(...)
print(select("#", ...))
