-- dialects: 5.1 5.2 5.3 5.4 5.5
-- debug.sethook with count and line events, gethook, getmetatable/setmetatable, registry
local count = 0
debug.sethook(function(ev) count = count + 1 end, "", 100)
for i = 1, 10000 do local x = i * 2 end
debug.sethook()
print(count > 10, debug.gethook())
local lines = {}
local function traced()
  local a = 1
  local b = 2
  return a + b
end
debug.sethook(function(ev, line) lines[#lines + 1] = line end, "l")
traced()
debug.sethook()
local rel = {}
for i, l in ipairs(lines) do rel[#rel + 1] = l end
print(table.concat(rel, ","))
local events = {}
debug.sethook(function(ev) events[#events + 1] = ev end, "cr")
local function callee() return 1 end
callee()
debug.sethook()
local seen = {}
for _, e in ipairs(events) do seen[e] = (seen[e] or 0) + 1 end
local keys = {}
for k, v in pairs(seen) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, " "))
local h, m, c = debug.gethook()
print(h, m, c)
local t = setmetatable({}, {__metatable = "prot"})
print(getmetatable(t), type(debug.getmetatable(t)))
print(debug.setmetatable(5, {__index = {twice = function(n) return n * 2 end}}) == 5)
print((5):twice(), (2.5):twice())
debug.setmetatable(5, nil)
print(pcall(function() return (5):twice() end))
print(type(debug.getregistry()))
print(debug.setmetatable(nil, {__index = function() return "nil indexed" end}) == nil)
print(pcall(function() local x = nil return x.anything end))
debug.setmetatable(nil, nil)
print(pcall(function() local x = nil return x.anything end))
debug.setmetatable(print, {__index = {kind = "fn"}})
print(print.kind)
debug.setmetatable(print, nil)
local names = {}
for k in pairs(debug) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
