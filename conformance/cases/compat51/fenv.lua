-- dialects: 5.1
-- setfenv/getfenv on functions and stack levels
local function f() return x end
x = "global x"
print(f())
local env = {x = "env x"}
setfenv(f, env)
print(f(), getfenv(f) == env)
print(getfenv(0) == _G, getfenv(1) == _G, getfenv() == _G)
local function g()
  setfenv(1, {print = print, y = "in g env"})
  print(y)
end
g()
print(y)
print(pcall(function(...) return select(1, setfenv(...)) end, 1000, {}))
print(pcall(function(...) return select(1, setfenv(...)) end, print, {}))
print(pcall(function(...) return select(1, getfenv(...)) end, 1000))
print(getfenv(print) == _G)
local withmeta = setmetatable({}, {__index = _G})
local h = function() newglobal_h = 1 return type(print) end
setfenv(h, withmeta)
print(h(), rawget(withmeta, "newglobal_h"), newglobal_h)
local ch = loadstring("return a + b")
setfenv(ch, {a = 1, b = 2})
print(ch())
print(type(setfenv(function() end, {})))
print(pcall(function(...) return select(1, setfenv(...)) end, f, 5))
local co = coroutine.create(function() return zz end)
print(pcall(function(...) return select(1, setfenv(...)) end, co, {zz = "co env"}))
print(coroutine.resume(co))
print(getfenv(f).x)
