-- dialects: 5.4 5.5
-- to-be-closed variables exited by goto, by coroutine errors, by wrap errors; close order across scopes
local log = {}
local function res(n) return setmetatable({}, {__close = function(_, e) log[#log + 1] = n .. (e and ("!" .. tostring(e):gsub("^.-:%d+: ", "")) or "") end}) end
do
  local i = 0
  ::again::
  do
    local r <close> = res("iter" .. i)
    i = i + 1
    if i < 3 then goto again end
  end
end
print(table.concat(log, " "))
log = {}
local co = coroutine.wrap(function()
  local a <close> = res("co_a")
  coroutine.yield("yielded")
  local b <close> = res("co_b")
  error("co error")
end)
print(co())
print(pcall(co))
print(table.concat(log, " "))
log = {}
local function nested()
  local x <close> = res("x")
  do
    local y <close> = res("y")
    do
      local z <close> = res("z")
      return "from innermost"
    end
  end
end
print(nested(), table.concat(log, " "))
log = {}
local function tailcalled() return "tail result" end
local function withTail()
  local t <close> = res("t")
  return tailcalled()
end
print(withTail(), table.concat(log, " "))
log = {}
local ok, err = pcall(function()
  local a <close> = res("a")
  local b <close> = setmetatable({}, {__close = function() log[#log + 1] = "b raises" error("from b", 0) end})
  local c <close> = res("c")
end)
print(ok, err, table.concat(log, " "))
log = {}
for i = 1, 2 do
  local r <close> = res("loop" .. i)
  if i == 1 then goto continue end
  log[#log + 1] = "body" .. i
  ::continue::
end
print(table.concat(log, " "))
