-- dialects: 5.1 5.2 5.3 5.4 5.5
-- where yields may cross: pcall, metamethods, iterators, sort comparators, gsub callbacks
local function attempt(label, body)
  local co = coroutine.create(body)
  local out = {}
  for _ = 1, 4 do
    local r = { coroutine.resume(co) }
    out[#out + 1] = tostring(r[1]) .. ":" .. tostring(r[2])
    if coroutine.status(co) == "dead" then break end
  end
  print(label, table.concat(out, " | "))
end
attempt("pcall", function() local ok, v = pcall(function() coroutine.yield("in pcall") return "x" end) return tostring(ok) .. v end)
attempt("xpcall", function() return select(2, xpcall(function() coroutine.yield("in xpcall") return "y" end, function(m) return "handled: " .. tostring(m) end)) end)
attempt("__index", function()
  local t = setmetatable({}, { __index = function(_, k) return coroutine.yield("idx " .. k) end })
  return t.key
end)
attempt("__add", function()
  local t = setmetatable({}, { __add = function() coroutine.yield("adding") return 5 end })
  return t + 1
end)
attempt("__lt", function()
  local mt = { __lt = function() coroutine.yield("comparing") return true end }
  return setmetatable({}, mt) < setmetatable({}, mt)
end)
attempt("__concat", function()
  local t = setmetatable({}, { __concat = function() coroutine.yield("cat") return "c" end })
  return t .. "x"
end)
attempt("iterator", function()
  for k in function(_, prev) if prev == nil then coroutine.yield("iter") return 1 end end do end
  return "iter done"
end)
attempt("sort", function() table.sort({ 3, 1, 2 }, function(a, b) coroutine.yield("cmp") return a < b end) return "sorted" end)
attempt("gsub", function() return (string.gsub("ab", "%w", function(c) coroutine.yield(c) return c end)) end)
attempt("tostring", function() return tostring(setmetatable({}, { __tostring = function() coroutine.yield("ts") return "T" end })) end)
attempt("load reader", function()
  local parts = { "return ", "42" }
  local i = 0
  local f, err = load(function() i = i + 1 if i == 1 then coroutine.yield("reading") end return parts[i] end)
  if not f then return "load failed: " .. tostring(err) end
  return f()
end)
attempt("nested pcall", function()
  return select(2, pcall(pcall, function() coroutine.yield("deep") return "z" end))
end)
attempt("error after yield", function() pcall(function() coroutine.yield("a") error("caught") end) coroutine.yield("b") error("uncaught") end)
