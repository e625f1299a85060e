-- dialects: 5.1 5.2 5.3 5.4 5.5
-- type errors for each value type in each operation (upvalue/local/field/global/constant names)
local vals = {n = nil, b = true, s = "str", t = {}, f = print, c = coroutine.create(function() end)}
local order = {"n", "b", "s", "t", "f", "c"}
for _, k in ipairs(order) do
  local v = vals[k]
  local results = {}
  for _, op in ipairs({"index", "call", "arith", "concat", "len", "lt"}) do
    local ok, err = pcall(function()
      if op == "index" then return v.x
      elseif op == "call" then return v()
      elseif op == "arith" then return v + 1
      elseif op == "concat" then return v .. "x"
      elseif op == "len" then return #v
      else return v < v end
    end)
    results[#results + 1] = op .. "=" .. (ok and "ok" or (tostring(err):gsub("^.-:%d+: ", "")))
  end
  print(k, table.concat(results, " | "))
end
