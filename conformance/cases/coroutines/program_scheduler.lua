-- dialects: 5.1 5.2 5.3 5.4 5.5
-- round-robin scheduler with sleeping tasks, message passing, and task failure handling
local tasks, clock, log = {}, 0, {}
local function spawn(name, fn, ...)
  local co = coroutine.create(fn)
  tasks[#tasks + 1] = {name = name, co = co, wake = 0, args = {...}}
end
local function sleep(n) coroutine.yield("sleep", n) end
local mailbox = {}
local function send(to, msg) mailbox[to] = mailbox[to] or {} table.insert(mailbox[to], msg) end
local function recv(me)
  while not (mailbox[me] and #mailbox[me] > 0) do coroutine.yield("wait") end
  return table.remove(mailbox[me], 1)
end
spawn("producer", function()
  for i = 1, 3 do
    send("consumer", "item" .. i)
    log[#log + 1] = clock .. ": produced item" .. i
    sleep(2)
  end
  send("consumer", "stop")
end)
spawn("consumer", function()
  while true do
    local m = recv("consumer")
    log[#log + 1] = clock .. ": consumed " .. m
    if m == "stop" then return "consumer finished" end
  end
end)
spawn("ticker", function(n)
  for i = 1, n do log[#log + 1] = clock .. ": tick " .. i sleep(3) end
end, 3)
spawn("faulty", function() sleep(1) error("task crashed") end)
while #tasks > 0 do
  local i = 1
  while i <= #tasks do
    local t = tasks[i]
    if t.wake <= clock then
      local ok, what, arg = coroutine.resume(t.co, (table.unpack or unpack)(t.args))
      t.args = {}
      if not ok then
        log[#log + 1] = clock .. ": " .. t.name .. " failed: " .. tostring(what)
      elseif what == "sleep" then t.wake = clock + arg end
      if coroutine.status(t.co) == "dead" then
        if ok and what then log[#log + 1] = clock .. ": " .. t.name .. " returned " .. tostring(what) end
        table.remove(tasks, i)
      else i = i + 1 end
    else i = i + 1 end
  end
  clock = clock + 1
  if clock > 50 then break end
end
for _, l in ipairs(log) do print(l) end
print("final clock", clock)
