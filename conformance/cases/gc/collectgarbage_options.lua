-- dialects: 5.1 5.2 5.3 5.4 5.5
-- collectgarbage options and the types of their results
print(type(collectgarbage("count")), math.type and math.type(collectgarbage("count")) or "")
print(collectgarbage("collect"), collectgarbage())
print(type(collectgarbage("step")), type(collectgarbage("step", 0)))
local function opt(name, ...)
  local r = {pcall(function(...) return select(1, collectgarbage(...)) end, name, ...)}
  local out = {}
  for i = 1, #r do out[i] = type(r[i]) == "string" and r[i] or type(r[i]) end
  return table.concat(out, " ")
end
print("isrunning", opt("isrunning"))
print("stop", opt("stop"))
print("isrunning after stop", pcall(function(...) return select(1, collectgarbage(...)) end, "isrunning"))
print("restart", opt("restart"))
print("isrunning after restart", pcall(function(...) return select(1, collectgarbage(...)) end, "isrunning"))
print("incremental", opt("incremental"))
print("generational", opt("generational"))
print("incremental again", opt("incremental"))
print("setpause", opt("setpause", 200))
print("setstepmul", opt("setstepmul", 200))
print("param", opt("param", "pause"))
print("bogus", opt("bogus"))
print("number arg", opt(1))
print("nil arg", opt(nil))
local before = collectgarbage("count")
local junk = {}
for i = 1, 10000 do junk[i] = {i} end
local during = collectgarbage("count")
junk = nil
collectgarbage()
collectgarbage()
local after = collectgarbage("count")
print(during > before, after < during)
print(select("#", collectgarbage("count")))
print(type(gcinfo), gcinfo and type(gcinfo()))
