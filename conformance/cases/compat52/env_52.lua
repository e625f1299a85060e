-- dialects: 5.2 5.3 5.4 5.5
-- _ENV as an upvalue/local: scoping, assignment, per-function environments
local function mkenv() return setmetatable({}, {__index = _G}) end
local function run()
  local _ENV = mkenv()
  g1 = "in private env"
  return g1, _G.g1
end
print(run())
print(g1)
local e = {print = print}
do
  local _ENV = e
  hidden = 5
  print(hidden)
end
print(hidden, e.hidden)
local function getenv() return _ENV end
print(getenv() == _G)
local function withParam(_ENV) return a + b end
print(withParam({a = 1, b = 2}))
local f = load("return _ENV")
print(f() == _G)
local counter = 0
local tracked = setmetatable({}, {__index = function(t, k) counter = counter + 1 return _G[k] end})
do
  local _ENV = tracked
  local s = tostring(1) .. type(nil)
end
print(counter)
local _ENV2 = nil
print(pcall(function() local _ENV = nil return anything end))
print(pcall(function() local _ENV = {} return print end))
print(pcall(function() local _ENV = 5 x = 1 end))
local upenv
do
  local _ENV = {tostring = tostring}
  upenv = function() return tostring(val) end
  val = "captured env"
end
print(upenv())
print(_ENV == _G, type(_ENV))
