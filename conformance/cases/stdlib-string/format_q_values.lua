-- dialects: 5.1 5.2 5.3 5.4 5.5
-- %q: control characters, zero bytes, newlines, high bytes, and non-string arguments
local function show(s) return (s:gsub("[%c\128-\255]", function(c) return "<" .. c:byte() .. ">" end)) end
local strs = { "plain", "quote\"d", "back\\slash", "new\nline", "cr\rret", "nul\0byte", "nul\0001digit",
  "tab\tx", "bell\a", "\1\2\3", "\127del", "\200\255", "\0", "9\0009", "\r\n", "end\\" }
for _, s in ipairs(strs) do
  print(show(string.format("%q", s)))
end
local function q(v)
  local ok, r = pcall(string.format, "%q", v)
  return ok and show(r) or "error: " .. r
end
print(q(1), q(-1), q(0), q(1.5), q(-0.0), q(1e100), q(2^53))
print(q(math.huge), q(-math.huge))
print(q(math.mininteger or -2^63), q(math.maxinteger or 2^63))
print(q(0.1), q(1/3))
print(q(true), q(false), q(nil))
print(q({}) :match("^error") ~= nil)
print(pcall(string.format, "%10q", "x"))
local s = string.format("%q", "a\0b\n\"c\\")
local f = (loadstring or load)("return " .. s)
print(f() == "a\0b\n\"c\\")
