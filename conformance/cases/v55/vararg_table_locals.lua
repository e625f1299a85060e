-- dialects: 5.5
-- the vararg table's local as debug.getlocal/setlocal see it (named, anonymous, optimised away)
local function f1(...t) return debug.getlocal(1, 1) end
local function f2(...t) local x = t return debug.getlocal(1, 1) end
local function f3(...t) t[1] = 2 return debug.getlocal(1, 1) end
local function f4(...t) local n = #t return debug.getlocal(1, 1) end
local function f5(...t) return debug.getlocal(1, -1) end
local function f6(...t) local x = t return debug.getlocal(1, -1) end
local function f7(...t) return t:len() end
local function show(n, v) print(n, type(v)) end
show(f1(5)) show(f2(5)) show(f3(5)) print((f4(5))) print(f5(5)) print(f6(5))
local function f8(...t) return debug.setlocal(1, -1, 'z'), ... end
print(f8(5))
local function f9(...) return debug.getlocal(1, 1) end print(f9(5))
local function f10(...) return debug.getlocal(1, -1) end print(f10(5))
print((debug.getlocal(1, 2)))
local function f(x, ...) local y = 2 print(debug.getlocal(1, 1)) print(debug.getlocal(1, 2)) print(debug.getlocal(1, 3)) end
f(1, 2)
local function g(x, ...t) local y = 2 print(debug.getlocal(1, 2)) print(debug.getlocal(1, 3)) return t.n end
g(1, 2)
print(debug.getlocal(f, 1), debug.getlocal(f, 2), debug.getlocal(g, 2))
