-- dialects: 5.1 5.2 5.3 5.4 5.5
-- event emitter with closures, unsubscribe handles, once-listeners and varargs forwarding
local function Emitter()
  local handlers = {}
  local self = {}
  function self.on(name, fn)
    handlers[name] = handlers[name] or {}
    local list = handlers[name]
    list[#list + 1] = fn
    return function()
      for i, f in ipairs(list) do if f == fn then table.remove(list, i) return true end end
      return false
    end
  end
  function self.once(name, fn)
    local off
    off = self.on(name, function(...) off() return fn(...) end)
    return off
  end
  function self.emit(name, ...)
    local list = handlers[name]
    if not list then return 0 end
    local snapshot = {}
    for i, f in ipairs(list) do snapshot[i] = f end
    for _, f in ipairs(snapshot) do f(...) end
    return #snapshot
  end
  return self
end
local e = Emitter()
local got = {}
local off1 = e.on("data", function(...) got[#got + 1] = "h1:" .. table.concat({...}, ",") end)
e.on("data", function(a, b) got[#got + 1] = "h2:" .. tostring(a) .. tostring(b) end)
e.once("data", function(x) got[#got + 1] = "once:" .. tostring(x) end)
print(e.emit("data", 1, 2))
print(e.emit("data", 3))
print(off1(), off1())
print(e.emit("data", "z"))
print(e.emit("none"))
for _, g in ipairs(got) do print(g) end
