-- dialects: 5.1 5.2 5.3 5.4 5.5
-- operator precedence and associativity, evaluated (operators missing in a dialect are reported)
local loadstr = loadstring or load
local exprs = {
  "2 + 3 * 4", "(2 + 3) * 4", "2 ^ 3 ^ 2", "-2 ^ 2", "not 1 == 2", "not (1 == 2)", "1 .. 2 .. 3",
  "'a' .. 1 + 2", "1 + 2 .. ''", "2 * 3 % 4", "7 - 2 - 1", "2 ^ -1", "- 2 ^ - 2", "#'abc' + 1",
  "-#'ab'", "1 < 2 == true", "1 == 1 == true", "false == false ~= true", "nil and 1 or 2",
  "false or nil and 1", "1 or error('x')", "nil and error('x')", "1 and 2 and 3", "nil or false",
  "false or nil", "1 < 2 and 2 < 3", "'a' < 'b' and 'c' or 'd'", "2 * 3 ^ 2", "-3 % 5", "(-3) % 5",
  "7 // 2 * 2", "1 << 2 + 1", "1 | 2 & 3", "5 & 3 ~ 1", "1 .. 2 == '12'", "3 | 1 < 4", "~0 >> 62",
  "1 + 1 << 1", "2 ^ 2 .. ''", "not nil == true", "#{1, 2} * 2", "'10' + 1 .. ''", "1 == 1.0",
  "-(-2) ^ 2", "2 ^ 0.5 ^ 2", "10 - 5 // 2", "(1 < 2) == (2 < 3)",
}
for _, e in ipairs(exprs) do
  local f = loadstr("return " .. e)
  if not f then print(e, "syntax error")
  else
    local ok, v = pcall(f)
    print(e, ok and tostring(v) or ("error: " .. v))
  end
end
