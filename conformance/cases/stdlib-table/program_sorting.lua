-- dialects: 5.1 5.2 5.3 5.4 5.5
-- hand-written merge sort, insertion sort and binary search checked against table.sort
local function gen(n, seed) local t, x = {}, seed for i = 1, n do x = (x * 16807) % 2147483647 t[i] = x % 997 end return t end
local function copy(t) local r = {} for i = 1, #t do r[i] = t[i] end return r end
local function insertion(t, lt)
  lt = lt or function(a, b) return a < b end
  for i = 2, #t do
    local v, j = t[i], i - 1
    while j >= 1 and lt(v, t[j]) do t[j + 1] = t[j] j = j - 1 end
    t[j + 1] = v
  end
  return t
end
local function merge(t)
  if #t <= 1 then return t end
  local mid = math.floor(#t / 2)
  local l, r = {}, {}
  for i = 1, mid do l[#l + 1] = t[i] end
  for i = mid + 1, #t do r[#r + 1] = t[i] end
  l, r = merge(l), merge(r)
  local out, i, j = {}, 1, 1
  while i <= #l and j <= #r do
    if r[j] < l[i] then out[#out + 1] = r[j] j = j + 1 else out[#out + 1] = l[i] i = i + 1 end
  end
  for k = i, #l do out[#out + 1] = l[k] end
  for k = j, #r do out[#out + 1] = r[k] end
  return out
end
local function same(a, b) if #a ~= #b then return false end for i = 1, #a do if a[i] ~= b[i] then return false end end return true end
for _, n in ipairs({0, 1, 5, 50, 300}) do
  local base = gen(n, n + 3)
  local a, b, c = copy(base), merge(copy(base)), insertion(copy(base))
  table.sort(a)
  print(n, same(a, b), same(a, c), a[1], a[#a])
end
local function bsearch(t, v)
  local lo, hi = 1, #t
  while lo <= hi do
    local mid = math.floor((lo + hi) / 2)
    if t[mid] == v then return mid elseif t[mid] < v then lo = mid + 1 else hi = mid - 1 end
  end
  return nil, lo
end
local sorted = {}
for i = 1, 50 do sorted[i] = i * 3 end
print(bsearch(sorted, 42), bsearch(sorted, 43), bsearch(sorted, 0), bsearch(sorted, 1000))
local people = {{"ann", 31}, {"bob", 25}, {"cid", 31}, {"dan", 19}, {"eve", 25}}
insertion(people, function(a, b) return a[2] < b[2] end)
local out = {}
for _, p in ipairs(people) do out[#out + 1] = p[1] .. p[2] end
print(table.concat(out, " "))
