-- dialects: 5.1 5.2 5.3 5.4 5.5
-- LRU cache with a doubly linked list and a hash map; eviction order and hit statistics
local LRU = {}
LRU.__index = LRU
function LRU.new(cap)
  local head, tail = {}, {}
  head.next, tail.prev = tail, head
  return setmetatable({cap = cap, size = 0, map = {}, head = head, tail = tail, hits = 0, misses = 0}, LRU)
end
local function unlink(n) n.prev.next, n.next.prev = n.next, n.prev end
function LRU:pushFront(n) n.next, n.prev = self.head.next, self.head self.head.next.prev = n self.head.next = n end
function LRU:get(k)
  local n = self.map[k]
  if not n then self.misses = self.misses + 1 return nil end
  self.hits = self.hits + 1
  unlink(n) self:pushFront(n)
  return n.v
end
function LRU:put(k, v)
  local n = self.map[k]
  if n then n.v = v unlink(n) self:pushFront(n) return end
  if self.size == self.cap then
    local old = self.tail.prev
    unlink(old)
    self.map[old.k] = nil
    self.size = self.size - 1
    print("evict", old.k)
  end
  n = {k = k, v = v}
  self.map[k] = n
  self:pushFront(n)
  self.size = self.size + 1
end
function LRU:keys()
  local out, n = {}, self.head.next
  while n ~= self.tail do out[#out + 1] = tostring(n.k) n = n.next end
  return table.concat(out, ",")
end
local c = LRU.new(3)
c:put("a", 1) c:put("b", 2) c:put("c", 3)
print(c:keys())
print(c:get("a"), c:keys())
c:put("d", 4)
print(c:keys(), c:get("b"))
c:put("c", 30)
print(c:keys(), c:get("c"))
c:put("e", 5) c:put("f", 6)
print(c:keys(), c.size)
print(c.hits, c.misses)
for i = 1, 10 do c:put(i % 4, i) end
print(c:keys(), c:get(1), c:get(2), c:get(3))
