-- dialects: 5.4 5.5
-- an error thrown by a __close handler when the main chunk's block exits normally
local log = setmetatable({}, {__close = function() error("close handler failed") end})
do
  local guard <close> = log
  print("inside block")
  io.stdout:flush()
end
print("not reached")
