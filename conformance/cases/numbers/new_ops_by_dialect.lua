-- dialects: 5.1 5.2 5.3 5.4 5.5
-- which operators exist: compile snippets with load and report
local load = loadstring or load
local snippets = {
  "return 7 // 2", "return 7 & 3", "return 7 | 8", "return 7 ~ 2", "return ~7",
  "return 1 << 3", "return 16 >> 2", "return 2^3", "return 7 % 3", "return -7 % 3",
  "return #'abc'", "return 'a' .. 'b'", "return 1 ~= 2", "return not nil",
  "return 0x10", "return 0x1p4", "return 0xA.8p0", "return 1e2", "return 0x.8",
  "return 9007199254740993", "return 0xffffffffffffffff", "return 1//0",
}
for _, s in ipairs(snippets) do
  local f, err = load(s)
  if not f then
    print(s, "syntax error")
  else
    local ok, v = pcall(f)
    print(s, ok, ok and tostring(v) or (v:gsub("^.-:%d+: ", "")))
  end
end
