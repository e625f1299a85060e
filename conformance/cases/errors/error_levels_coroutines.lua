-- dialects: 5.1 5.2 5.3 5.4 5.5
-- error levels inside coroutines and wrapped functions: which position is blamed
local function thrower(level) error("lvl" .. level, level) end
local function viaCo(level)
  local co = coroutine.create(function() thrower(level) end)
  return coroutine.resume(co)
end
print(viaCo(1))
print(viaCo(2))
print(viaCo(3))
print(viaCo(0))
local w = coroutine.wrap(function(level) thrower(level) end)
print(pcall(w, 2))
local w2 = coroutine.wrap(function() error("wrapped", 1) end)
print(pcall(w2))
local w3 = coroutine.wrap(function() error("wrapped level 2", 2) end)
print(pcall(w3))
local co = coroutine.create(function() local x = nil; return x.field end)
print(coroutine.resume(co))
local co2 = coroutine.create(function() coroutine.yield() error("after resume") end)
coroutine.resume(co2)
print(coroutine.resume(co2))
local function nested()
  local inner = coroutine.wrap(function() error("inner wrap error") end)
  inner()
end
print(pcall(nested))
local okT, eT = pcall(coroutine.wrap(function() error({}) end))
print(okT, type(eT))
