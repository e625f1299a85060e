-- dialects: 5.1 5.2 5.3 5.4 5.5
-- errors raised inside metamethods: positions and propagation through operators
local mt = {
  __index = function(t, k) error("index " .. k) end,
  __newindex = function(t, k, v) error("newindex " .. k, 2) end,
  __add = function(a, b) error({op = "add"}) end,
  __call = function(self, x) error("call " .. tostring(x), 0) end,
  __len = function() error("len") end,
  __concat = function() local x = nil return x.y end,
  __eq = function() error("eq") end,
  __lt = function() error("lt", 2) end,
  __unm = function() return nil + 1 end,
  __tostring = function() error("tostring") end,
}
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
print(pcall(function() return a.foo end))
print(pcall(function() a.bar = 1 end))
local ok, e = pcall(function() return a + 1 end)
print(ok, type(e), e.op)
print(pcall(a, 5))
print(pcall(function() return #a end))
print(pcall(function() return a .. "x" end))
print(pcall(function() return a == b end))
print(pcall(function() return a < b end))
print(pcall(function() return -a end))
print(pcall(function(...) return select(1, tostring(...)) end, a))
print(pcall(function() return tostring(a) end))
local deep = setmetatable({}, {__index = function(t, k) return setmetatable({}, {__index = function() error("second level") end})[k] end})
print(pcall(function() return deep.x end))
