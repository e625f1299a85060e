-- dialects: 5.1 5.2 5.3 5.4 5.5
-- uncaught error with level 0 (no position) raised from nested function calls
local function validate(x)
  if type(x) ~= "number" then error("expected number, got " .. type(x), 0) end
  return x
end
print(validate(5))
io.stdout:flush()
print(validate("five"))
