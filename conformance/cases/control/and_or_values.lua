-- dialects: 5.1 5.2 5.3 5.4 5.5
-- 'and'/'or'/'not' return operands, short-circuit evaluation, truthiness of 0 and ""
local log = {}
local function v(x, name) log[#log + 1] = name return x end
local function flush(...) local t = { ... } for i = 1, select("#", ...) do t[i] = tostring(t[i]) end print(table.concat(t, " "), "|", table.concat(log, ",")) log = {} end
flush(v(1, "a") and v(2, "b"))
flush(v(nil, "a") and v(2, "b"))
flush(v(false, "a") or v(nil, "b"))
flush(v(0, "a") or v(1, "b"))
flush(v("", "a") and v("yes", "b"))
flush(v(nil, "a") or v(false, "b") or v(0, "c"))
flush(v(1, "a") and v(nil, "b") or v(3, "c"))
flush(v(1, "a") and v(false, "b") and v(3, "c"))
flush(not v(nil, "a"), not v(0, "b"), not not v("", "c"))
flush((v(1, "a") or v(2, "b")) and (v(nil, "c") or v(4, "d")))
local function multi() return 1, 2 end
flush(multi() and multi())
flush(nil or multi())
flush((nil or multi()))
flush(false and multi())
local x = nil
flush(x and x.field, x == nil or x.field)
local t = { a = { b = { c = "deep" } } }
flush(t and t.a and t.a.b and t.a.b.c, t.z and t.z.b)
flush(1 == 1 and "eq" or "ne", 1 == 2 and "eq" or "ne", nil == false)
flush(false == false, nil ~= false, 0 == false, "" == false)
local a, b = nil, 5
flush(a or b, b or a, a and b, b and a)
if 0 then flush("0 is true") end
if "" then flush("empty string is true") end
if not nil then flush("nil is false") end
