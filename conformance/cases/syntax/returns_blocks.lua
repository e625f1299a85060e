-- dialects: 5.1 5.2 5.3 5.4 5.5
-- return placement, 'do return end', returning calls, break as last statement
local function early(x)
  if x then return "early" end
  do return "via do-block" end
end
print(early(true), early(false))
local function nothing() return end
print(select("#", nothing()))
local function tailcall(n) if n > 0 then return tailcall(n - 1) end return "tail", n end
print(tailcall(5))
local function parens() return (tailcall(1)) end
print(parens())
local load = loadstring or load
for _, src in ipairs({"return 1; return 2", "return 1 print(2)", "do return 1 end print(2)",
  "return;", "return 1;", "return 1,", "return (1), (2)", "break", "for i=1,2 do break print(i) end",
  "for i=1,2 do break; end return 1", "while true do break break end", "return return"}) do
  local f, err = load(src, "=r")
  if f then print(src, "ok", pcall(f)) else print(src, err) end
end
local function mr() return 1, 2, 3 end
local function passthrough() return mr() end
local function truncated() return (mr()) end
local function appended() return mr(), 4 end
print(passthrough())
print(truncated())
print(appended())
print(select("#", passthrough()), select("#", truncated()), select("#", appended()))
