-- dialects: 5.1 5.2 5.3 5.4 5.5
-- a module required while another is loading: what it sees in package.loaded (5.1 keeps a sentinel)
local log = {}
package.preload.cycA = function(name)
  log[#log + 1] = "load A"
  local ok, b = pcall(function(...) return select(1, require(...)) end, "cycB")
  log[#log + 1] = "A got B: " .. (ok and type(b) or ("error: " .. tostring(b):match("^[^\n]*")))
  return {name = "A"}
end
package.preload.cycB = function(name)
  log[#log + 1] = "load B"
  local a = package.loaded.cycA
  log[#log + 1] = "B sees loaded A as " .. type(a)
  return {name = "B"}
end
local A = require("cycA")
print(A.name)
for _, l in ipairs(log) do print(l) end
print(type(package.loaded.cycA), type(package.loaded.cycB))
