-- dialects: 5.1 5.2 5.3 5.4 5.5
-- rawget/rawset/rawequal/rawlen bypass metamethods
local log = {}
local mt = {
  __index = function(t, k) log[#log + 1] = "index " .. tostring(k) return "meta" end,
  __newindex = function(t, k, v) log[#log + 1] = "newindex " .. tostring(k) end,
  __eq = function() return true end,
  __len = function() return 99 end,
}
local t = setmetatable({}, mt)
local u = setmetatable({}, mt)
print(t.x, rawget(t, "x"))
t.y = 1
print(rawget(t, "y"))
rawset(t, "y", 2)
print(rawget(t, "y"), t.y)
print(t == u, rawequal(t, u), rawequal(t, t))
print(#t, rawlen and rawlen(t) or "none")
print(table.concat(log, ";"))
print(rawset(t, 1, "one") == t, rawget(t, 1))
print(pcall(function(...) return select(1, rawget(...)) end, "str", 1))
print(pcall(function(...) return select(1, rawset(...)) end, "str", 1, 2))
print(pcall(function(...) return select(1, rawget(...)) end, nil, 1))
print(pcall(function(...) return select(1, rawget(...)) end))
print(rawequal(1, 1.0), rawequal("a", "a"), rawequal({}, {}), rawequal(nil, nil))
print(pcall(function(...) return select(1, rawequal(...)) end, 1))
if rawlen then
  print(rawlen({1, 2, 3}), rawlen("abcd"), pcall(function(...) return select(1, rawlen(...)) end, 5))
else
  print("no rawlen")
end
print(rawget(t, "nonexistent"), rawget({10, 20}, 2))
print(select("#", rawget({}, 1)))
local prot = setmetatable({}, {__metatable = "locked", __index = {a = 1}})
print(prot.a, rawget(prot, "a"), getmetatable(prot))
print(pcall(function(...) return select(1, setmetatable(...)) end, prot, {}))
print(pcall(function(...) return select(1, rawset(...)) end, {}, nil, 1))
print(rawequal(t, nil), rawequal(nil, false))
