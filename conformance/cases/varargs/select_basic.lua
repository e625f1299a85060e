-- dialects: 5.1 5.2 5.3 5.4 5.5
-- select with '#', positive and negative indices; ... truncation and adjustment
print(select("#"), select("#", nil), select("#", nil, nil), select("#", 1, 2, 3))
print(select(1, "a", "b", "c"))
print(select(2, "a", "b", "c"))
print(select(3, "a", "b", "c"))
print(select(4, "a", "b", "c"))
print(select(-1, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(pcall(function(...) return select(1, select(...)) end, -4, "a", "b", "c"))
print(pcall(function(...) return select(1, select(...)) end, 0, "a"))
print(pcall(function(...) return select(1, select(...)) end, "x"))
print(pcall(function(...) return select(1, select(...)) end))
print(select("2", "a", "b"))
print(pcall(function(...) return select(1, select(...)) end, 1.5, "a"))
local function f(...)
  local a, b = ...
  return a, b, select("#", ...)
end
print(f())
print(f(1))
print(f(1, 2, 3))
print(f(nil, nil))
local function g(...) return ..., "end" end
print(g(1, 2, 3))
local function h(...) return "start", ... end
print(h(1, 2, 3))
local function m(...) return (...) end
print(m(7, 8, 9))
local function tbl(...) return {...} end
print(#tbl(1, 2, 3), #tbl())
local function mid(...) local t = {..., "last"} return #t, t[1], t[2] end
print(mid(1, 2, 3))
local function nested(...)
  local function inner(...) return select("#", ...) end
  return inner(...), inner(..., nil), inner(nil, ...)
end
print(nested(1, 2))
print(math.max(select(2, 5, 1, 9, 3)))
print(string.format("%s %s %s", select(1, "x", "y", "z")))
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
print(sum(1, 2, 3, 4, 5), sum())
local function last(...) return (select(select("#", ...), ...)) end
print(last(1, 2, "z"))
print(select(-1, nil), select("#", select(-1, 1, nil)))
print(pcall(function(...) return select(1, select(...)) end, 2^31, "a"))
