-- dialects: 5.1 5.2 5.3 5.4 5.5
-- tokens by dialect (//, ::, bit operators, <const>), comments, and lexer error messages
local loadstr = loadstring or load
local srcs = {
  "return 7 // 2", "return 1 ~= 2", "return ~1", "return 1 << 2", "return 1 >> 1", "return 3 & 1", "return 3 | 4",
  "return 5 ~ 1", "::lbl::", "goto x ::x::", "local x <const> = 1 return x", "local x <close> = nil",
  "return 1 --[[ block ]] + 1", "return 1 --[==[ block\n ]==] + 2", "return --[[x]] 5", "-- line comment only",
  "return 'unfinished", "return \"a\nb\"", "return [[a]] .. [=[b]=]", "x = @", "x = $", "x = `1`",
  "return 1 !", "return a ? b : c", "return 'a' 'b'", "return #'abc'", "return ...", "return {...}",
  "return 2^^3", "return 1 = 1", "return (1)(2)", "local 1x = 2", "local x = 1 local y = x..x return y",
  "return \"\\300\"", "return '\\q'", "return 'tab\tin string'", "return 1 /*c*/", "return 0x",
  "local function f() end return f", "return function() end ~= nil", "--[[ unclosed block comment",
  "return [==[ unclosed", "return \"\\xZZ\"", "return '\\u{110000}'", "global x = 1", "return x.y:z'a'",
}
for _, s in ipairs(srcs) do
  local f, e = loadstr(s)
  print(string.format("%q", s), f and "ok" or ("error: " .. e))
end
