-- dialects: 5.1 5.2 5.3 5.4 5.5
-- escape sequences common to all dialects, shown as byte lists
local function bytes(s)
  local t = {}
  for i = 1, #s do t[#t + 1] = s:byte(i) end
  return #s .. ":" .. table.concat(t, ",")
end
print(bytes("\a\b\f\n\r\t\v"))
print(bytes("\\\"\'"))
print(bytes("\0\1\12\123\255"))
print(bytes("\0659"), bytes("\00010"))
print(bytes("a\
b"))
print(bytes('single "quoted"'), bytes("double 'quoted'"))
print("tab\there", "nl\\n")
print(#"\0\0\0", ("\0abc"):len(), ("a\0b"):upper() == "A\0B")
print(bytes("\2345"), bytes("\9x"))
local load = loadstring or load
for _, src in ipairs({[["\x41\x42"]], [["\z
      abc"]], [["\u{48}\u{49}"]], [["\u{7FF}"]], [["\u{FFFF}"]], [["\u{10FFFF}"]],
    [["\u{7FFFFFFF}"]], [["\256"]], [["\q"]], [["\x4"]], [["\u{110000}"]], [["\u48"]],
    [["\xZZ"]], [["\1234"]], [["\09"]]}) do
  local f, err = load("return " .. src)
  if f then print(src, bytes(f())) else print(src, "invalid") end
end
