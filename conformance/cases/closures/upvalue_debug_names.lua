-- dialects: 5.1 5.2 5.3 5.4 5.5
-- upvalue names/order as seen by debug.getupvalue, including _ENV in 5.2+
local a, b, c = 1, 2, 3
local function uses_b_then_a() return b + a end
local function uses_global() return print end
local function uses_nothing() return 1 end
local function list(f)
  local out, i = {}, 1
  while true do
    local n, v = debug.getupvalue(f, i)
    if not n then break end
    out[#out + 1] = n .. "=" .. (type(v) == "table" and "table" or type(v) == "function" and "function" or tostring(v))
    i = i + 1
  end
  return table.concat(out, " ")
end
print(list(uses_b_then_a))
print(list(uses_global))
print(list(uses_nothing))
local function nested() return function() return a + c end end
print(list(nested), "|", list(nested()))
print(debug.setupvalue(uses_b_then_a, 1, 20), uses_b_then_a(), b)
