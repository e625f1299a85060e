-- dialects: 5.2 5.3 5.4 5.5
-- goto visibility rules: jumping into scopes, out of functions, duplicate labels, void statements
local srcs = {
  "goto l1 ::l1::",
  "do goto l1 end ::l1::",
  "goto l1 do ::l1:: end",
  "local x goto l1 ::l1:: print(x)",
  "goto l1 local x ::l1:: print(x)",
  "goto l1 local x ::l1::",
  "do goto l1 local x ::l1:: end",
  "::l1:: ::l1::",
  "::l1:: do ::l1:: end",
  "function f() goto l1 end ::l1::",
  "for i = 1, 2 do goto continue local y = i ::continue:: end",
  "repeat goto cont local z = 1 ::cont:: until z",
  "repeat goto cont ::cont:: local z = 1 until z",
  "while true do goto out end ::out::",
  "goto l1; ::l1:: ;;",
  "::a:: ::b:: goto a",
  "if true then goto skip end print('no') ::skip::",
  "local function f() ::top:: end goto top",
  "do ::inner:: end goto inner",
  "goto = 5",
}
for _, s in ipairs(srcs) do
  local f, err = load(s, "=g")
  print(s, f and "ok" or err)
end
local function cont_loop()
  local out = {}
  for i = 1, 5 do
    local skip = i % 2 == 0
    if skip then goto continue end
    out[#out + 1] = i
    ::continue::
  end
  return table.concat(out, ",")
end
print(cont_loop())
