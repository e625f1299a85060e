-- dialects: 5.1 5.2 5.3 5.4 5.5
-- string escapes: decimal, hex, \z, \u{...}; invalid escapes are compile errors
local loadstr = loadstring or load
local function lit(src)
  local f, err = loadstr("return " .. src)
  if not f then return "syntax error: " .. err end
  local s = f()
  local b = {}
  for i = 1, #s do b[i] = s:byte(i) end
  return #s .. " [" .. table.concat(b, " ") .. "]"
end
local srcs = {
  [["\65\066\0677"]], [["\0\00\000\0000"]], [["\255\256"]], [["\x41\x7a\xFF"]], [["\x4"]], [["\xg0"]],
  [["a\z
       b"]], [["a\z  c"]], [["\u{41}\u{7FF}\u{FFFF}"]], [["\u{10FFFF}"]], [["\u{110000}"]],
  [["\u{7FFFFFFF}"]], [["\u{80000000}"]], [["\u41"]], [["\u{}"]], [["\q"]], [["\a\b\f\n\r\t\v\\\"\'"]],
  [["line1\
line2"]], [['\'single\'']], [["\9\10\13"]], [["tab\	x"]], [["\1234"]], [["\x"]], [["\u{0}"]],
  "'\\z'", [["end\z"]],
}
for i, s in ipairs(srcs) do print(i, lit(s)) end
