-- dialects: 5.1 5.2 5.3 5.4 5.5
-- a deterministic event-queue simulation: priority queue (binary heap), closures, string reports
local Heap = {}
Heap.__index = Heap
function Heap.new(cmp) return setmetatable({items = {}, n = 0, cmp = cmp}, Heap) end
function Heap:push(v)
  self.n = self.n + 1
  local i = self.n
  self.items[i] = v
  while i > 1 do
    local p = math.floor(i / 2)
    if self.cmp(self.items[i], self.items[p]) then
      self.items[i], self.items[p] = self.items[p], self.items[i]
      i = p
    else break end
  end
end
function Heap:pop()
  if self.n == 0 then return nil end
  local top = self.items[1]
  self.items[1] = self.items[self.n]
  self.items[self.n] = nil
  self.n = self.n - 1
  local i = 1
  while true do
    local l, r, s = 2 * i, 2 * i + 1, i
    if l <= self.n and self.cmp(self.items[l], self.items[s]) then s = l end
    if r <= self.n and self.cmp(self.items[r], self.items[s]) then s = r end
    if s == i then break end
    self.items[i], self.items[s] = self.items[s], self.items[i]
    i = s
  end
  return top
end
local q = Heap.new(function(a, b) return a.t < b.t or (a.t == b.t and a.id < b.id) end)
local nextId = 0
local function schedule(t, name, action) nextId = nextId + 1 q:push({t = t, id = nextId, name = name, action = action}) end
local log = {}
local balance = 100
schedule(5, "deposit", function() balance = balance + 50 end)
schedule(1, "withdraw", function() balance = balance - 30 end)
schedule(3, "interest", function() balance = math.floor(balance * 1.1) end)
schedule(3, "fee", function() balance = balance - 1 end)
schedule(10, "audit", function() schedule(12, "followup", function() balance = balance + 0 end) end)
while true do
  local ev = q:pop()
  if not ev then break end
  ev.action()
  log[#log + 1] = string.format("t=%02d %-9s balance=%d", ev.t, ev.name, balance)
end
for _, l in ipairs(log) do print(l) end
local nums = Heap.new(function(a, b) return a < b end)
for _, v in ipairs({9, 4, 7, 1, 8, 2, 6, 3, 5, 0}) do nums:push(v) end
local sorted = {}
for i = 1, 10 do sorted[i] = nums:pop() end
print(table.concat(sorted, " "), nums:pop())
