-- dialects: 5.1 5.2 5.3 5.4 5.5
-- coroutine.running / isyieldable / main-thread checks per dialect
local main, ismain = coroutine.running()
print(type(main), ismain)
print(type(coroutine.isyieldable), coroutine.isyieldable and coroutine.isyieldable())
local co = coroutine.create(function()
  local me, im = coroutine.running()
  coroutine.yield(type(me), im, coroutine.isyieldable and coroutine.isyieldable())
end)
print(coroutine.resume(co))
local co2
co2 = coroutine.create(function() return coroutine.running() == co2 end)
print(coroutine.resume(co2))
print(pcall(coroutine.yield, 1))
print(select("#", coroutine.running()))
print(pcall(function() return coroutine.status(coroutine.create(print)) end))
local pco = coroutine.create(function()
  return pcall(function() return coroutine.isyieldable and coroutine.isyieldable() end)
end)
print(coroutine.resume(pco))
print(type(coroutine.close), type(coroutine.running), type(coroutine.wrap))
local names = {}
for k in pairs(coroutine) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print(pcall(coroutine.resume, coroutine.running()))
local wrapped = coroutine.wrap(function() return coroutine.resume(coroutine.running()) end)
print(wrapped())
