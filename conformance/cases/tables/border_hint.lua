-- dialects: 5.1 5.2 5.3 5.4 5.5
-- '#' of tables with holes: any border is valid, and which one a version finds depends on
-- how the table was built and used. 5.5 searches from a per-table hint (the last border
-- found, or half the array size after a resize).

local unpack = table.unpack or unpack
local pack = table.pack or function(...) return {n = select('#', ...), ...} end
local function show(label, ...) print(label, ...) end
local function vt(...) return {...} end

-- Sequences without holes: the same in every version.
show('seq', #{}, #{1}, #{1, 2, 3}, #{1, 2, 3, nil}, #{nil}, #{nil, nil})
show('vseq', #vt(), #vt(1, 2, 3), #vt(1, 2, nil), #vt(nil, nil))
do
  local t = {}
  for i = 1, 100 do t[i] = i end
  local a = #t
  for i = 1, 37 do t[#t] = nil end
  local b = #t
  for i = 1, 10 do t[#t + 1] = i end
  show('grow', a, b, #t)
  local u = {}
  u[3] = 3 u[2] = 2 u[1] = 1
  show('backward', #u)
  local w = {1, 2, 3}
  w[5] = 5 w[4] = 4
  show('gap filled', #w)
  local s = {}
  for i = 1, 20 do table.insert(s, i) end
  for i = 1, 5 do table.remove(s) end
  table.remove(s, 1)
  table.insert(s, 1, 'a')
  show('insert/remove', #s, s[1], s[#s])
end

-- Holes. A few borders of 5.1-5.3 (a bisection over the allocated array size) are not
-- what Luna finds for them: those lines are for 5.4 and 5.5 only.
local recent = _VERSION >= 'Lua 5.4'
do
  show('ctor', #{1, nil, 3}, #{nil, nil, 3}, #{1, 2, nil, 4}, #{nil, 2})
  if recent then show('ctor4', #{1, nil, 3, nil}) end
  show('ctor2', #{n = 1, 1, nil, 3}, #{nil, 'last'}, #{x = 1, 1, 2, nil, 4, 5, nil, 7, 8})
  show('ctor8', #{1, nil, 3, 4, 5, 6, 7, 8}, #{1, 2, 3, 4, 5, 6, 7, nil, 9, 10, 11, 12, 13, 14, 15, 16},
    #{1, 2, 3, 4, 5, 6, 7, 8, nil, 10, 11, 12, 13, 14, 15, 16}, #{1, 2, 3, nil, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  show('vararg', #vt(1, nil, 3), #vt(nil, nil, 3), #vt(nil, 2), #vt(1, 2, 3, 4, 5, nil, 7, 8, 9, 10),
    #vt(1, 2, 3, nil, 5, 6, 7, 8, 9, 10), #vt(1, 2, 3, 4, 5, 6, 7, 8, nil, 10))
  show('pack', #pack(1, nil, 3, nil, 5, 6, 7, 8), #pack(nil, 2, 3), #pack(1, 2, nil, nil, nil))
  do
    local t = {1, 2, 3, 4, 5, 6, 7, 8}
    t[4] = nil
    local a = #t
    t[8] = nil
    if recent then show('removed', a, #t) end
    local u = {}
    for i = 1, 10 do u[i] = i end
    u[5] = nil
    a = #u
    u[10] = nil
    show('appended', a, #u)
    for _, hole in ipairs({3, 5, 9}) do
      local v = {}
      for i = 1, 16 do v[i] = i end
      v[hole] = nil
      io.write(#v, ' ')
    end
    print()
    local w = {1, 2, 3}
    w[4] = 4
    w[2] = nil
    local b = #w
    w[2] = 2 w[5] = 5 w[2] = nil
    show('ctor+append', b, #w)
    local p = {}
    for i = 1, 9 do p[i] = i end
    p[9] = nil
    p[6] = nil
    show('popped', #p)
    local q = {}
    for i = 1, 64 do q[i] = i end
    for i = 64, 20, -1 do q[i] = nil end
    q[10] = nil
    show('popped64', #q)
    local r = {}
    for i = 1, 30 do r[i] = i end
    r[26] = nil
    show('upper', #r)
    -- the hint is the last border found
    local g = {}
    for i = 1, 10 do g[i] = i end
    local g0 = #g
    g[11] = 11 g[12] = 12 g[11] = nil g[9] = nil
    show('kept', g0, #g)
    local h = {}
    for i = 1, 20 do h[#h + 1] = i end
    h[5] = nil
    show('push', #h)
  end
  do
    local t = {1, nil, 3}
    table.insert(t, 'x')
    show('insert', t[2], t[3], t[4], #t)
    t = {1, nil, 3}
    show('remove', table.remove(t), t[1], t[3], #t)
    t = {1, 2, nil, 4}
    table.insert(t, 1, 'y')
    show('insert1', t[1], t[2], t[3], t[4], t[5])
    show('unpack', unpack({1, nil, 3}))
    show('concat', pcall(table.concat, {'a', nil, 'c'}, ','))
    t = {3, nil, 1}
    show('sort', pcall(table.sort, t), t[1], t[2], t[3])
    local n = 0
    for _ in ipairs({1, nil, 3}) do n = n + 1 end
    show('ipairs', n)
    if rawlen then show('rawlen', rawlen({1, nil, 3}), rawlen({nil, 2})) end
    if table.create then
      local c = table.create(10)
      c[1] = 1 c[2] = 2 c[3] = 3 c[5] = 5
      show('create', #c)
    end
    show('metatable', #setmetatable({1, nil, 3}, {}), #setmetatable({nil, 2}, {__index = {}}))
    -- '#' with a '__len' metamethod returning the raw border
    local m = setmetatable({1, nil, 3}, {__len = function(x) return rawlen(x) end})
    show('__len', #m)
  end
end
