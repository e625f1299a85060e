-- dialects: 5.1 5.2 5.3 5.4 5.5
-- the exact arguments each metamethod receives (count, identity, order) and result adjustment
local A = {}
local function d(x) if rawequal(x, A) then return "A" elseif type(x) == "table" then return "T" end return tostring(x) end
local function rec(name)
  return function(...)
    local n = select("#", ...)
    local parts = {}
    for i = 1, n do parts[i] = d((select(i, ...))) end
    print(name, n, table.concat(parts, ","))
    return name .. "-result", "extra"
  end
end
local mt = {}
for _, e in ipairs({"__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm", "__concat", "__len", "__eq", "__lt", "__le", "__index", "__newindex", "__call"}) do
  mt[e] = rec(e)
end
setmetatable(A, mt)
local B = setmetatable({}, mt)
local r
r = A + 1
r = 2 - A
r = A * A
r = A / "s"
r = A % B
r = A ^ 2
r = -A
r = A .. "x"
r = "x" .. A
r = #A
r = A == B
print("eq result", r)
r = A < B
print("lt result", r)
r = A <= B
print("le result", r)
r = A > B
r = A.key
print("index result", r)
A.key = "value"
r = A(1, nil, 3)
print("call results", A("z"))
print(select("#", A()))
