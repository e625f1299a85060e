-- dialects: 5.1 5.2 5.3 5.4 5.5
-- a chain of 150 __index tables: within the tag-loop limit from 5.3 on
local base = {x = 1}
local cur = base
for i = 1, 150 do cur = setmetatable({}, {__index = cur}) end
print(pcall(function() return cur.x end))
