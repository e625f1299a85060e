-- dialects: 5.1 5.2 5.3 5.4 5.5
-- nil and NaN as table keys: reads give nil, writes are errors; float keys normalise to integers
local nan = 0/0
local t = {}
print(t[nil], t[nan], rawget(t, nil), rawget(t, nan))
local function try(f) local ok, e = pcall(f) print(ok, e) end
try(function() t[nil] = 1 end)
try(function() t[nan] = 1 end)
try(function() rawset(t, nil, 1) end)
try(function() rawset(t, nan, 1) end)
try(function() local k t[k] = 1 end)
try(function() return { [nil] = 1 } end)
try(function() return { [nan] = 1 } end)
try(function() t[nil] = nil end)
t[1] = "one"; t[2.0] = "two"; t[2^53] = "huge"; t[-0.0] = "zero"; t[0.5] = "half"
print(t[1.0], t[2], t[9007199254740992], t[0], t[-0.0], t[0.5], t[1/2])
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(tostring(k), " ", math.type and math.type(k) or type(k), "; ") end
print()
print(#t, next({}), type(next(t)))
local s = {}
s["1"] = "str"; s[1] = "num"
print(s["1"], s[1])
s[true] = "t"; s[false] = "f"
print(s[true], s[false], s[1 == 1])
local function f() end
s[f] = "fn"; s[s] = "self"
print(s[f], s[s])
local inf = math.huge
s[inf] = "inf"; s[-inf] = "-inf"
print(s[1/0], s[-1/0])
