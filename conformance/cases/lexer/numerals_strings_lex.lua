-- dialects: 5.1 5.2 5.3 5.4 5.5
-- lexer: escapes in error messages, decimal escapes limits, string delimiters, line counting
local load = loadstring or load
local cases = {
  [["\300"]], [["\255"]], [["\x"]], [["\xG0"]], [["\u{}"]], [["\u{110000}"]], [["\u{D800}"]],
  [["\9"]], [["\09"]], [["\009"]], [["\0099"]], [["\ "]], [["\a\b"]], [[ 'it''s' ]], [["tab	in"]],
  "'line\nbreak'", [["\
"]], "[[\n]]", "[==[x]==]", "[=[x]==]", "[[x", "'\\z   x'", "'a\\z\n\n  b'",
}
for _, c in ipairs(cases) do
  local f, err = load("return " .. c, "=str")
  local shown = c:gsub("\n", "\\n")
  if f then
    local ok, v = pcall(f)
    local bytes = {}
    if type(v) == "string" then for i = 1, #v do bytes[#bytes + 1] = v:byte(i) end end
    print(shown, "value bytes:", table.concat(bytes, ","))
  else
    print(shown, err)
  end
end
local f = load("\n\n\nerror('line four')", "=lines")
print(pcall(f))
f = load("local s = [[\n\n]] error('after long string')", "=lines")
print(pcall(f))
f = load("local s = 'a\\\nb' error('after escaped newline')", "=lines")
print(pcall(f))
f = load("-- comment\n--[[ long\ncomment ]] error('after comments')", "=lines")
print(pcall(f))
f = load("\r\nerror('crlf line')", "=lines")
print(pcall(f))
f = load("\rerror('cr line')", "=lines")
print(pcall(f))
