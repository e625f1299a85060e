-- dialects: 5.1 5.2 5.3 5.4 5.5
-- which line an error reports when an expression or call spans several lines
local t = {}
print(pcall(function()
  local x =
    t.a
    .b
  return x
end))
print(pcall(function()
  return 1 +
    nil
end))
print(pcall(function()
  local f = nil
  f(
    1,
    2
  )
end))
print(pcall(function()
  return t
    .x
    .y
    .z
end))
print(pcall(function()
  local s = "a" ..
    "b" ..
    {} ..
    "c"
  return s
end))
print(pcall(function()
  error(
    "multi-line error call"
  )
end))
print(pcall(function()
  local v = {
    1,
    2,
    nil + 1,
  }
end))
print(pcall(function()
  return t:
    method()
end))
print(pcall(function()
  local a = 1 local b = nil local c = a + b
end))
print(pcall(function() return ("x"):bad() end))
