-- dialects: 5.5
-- named vararg tables: t.n, indexing, read-only name, modifications reflected in ...
local function f(a, ...t)
  return a, t.n, t[1], t[2], select("#", ...)
end
print(f(1))
print(f(1, 2, 3))
print(f(1, nil, nil))
local function g(...args)
  args[1] = "changed"
  return ...
end
print(g("orig", "second"))
local function h(...va)
  va.n = 1
  return ...
end
print(h("a", "b", "c"))
local function k(...va)
  va.n = 3
  return ...
end
print(k("only"))
local function count(...t) return #t, t.n end
print(count(1, 2, 3))
print(load("local function f(...t) t = {} end", "=ro"))
local function cap(...t)
  return function() return t.n, t[1] end
end
print(cap("captured", 2)())
local function typ(...t) return type(t) end
print(typ())
local function anon(...)
  local n = select("#", ...)
  return n
end
print(anon(nil, nil))
local function nested(...outer)
  local function inner(...inner) return inner.n end
  return outer.n, inner(1, 2, 3, 4)
end
print(nested("x"))
local function tostr(...t)
  local parts = {}
  for i = 1, t.n do parts[i] = tostring(t[i]) end
  return table.concat(parts, ",")
end
print(tostr(1, nil, "z"))
print(pcall(function(...t) t.n = "bad" return ... end, 1, 2))
print(pcall(function(...t) t.n = -1 return ... end, 1, 2))
print(pcall(function(...t) t.n = 1e10 return ... end, 1, 2))
