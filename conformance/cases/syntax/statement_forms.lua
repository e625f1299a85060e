-- dialects: 5.1 5.2 5.3 5.4 5.5
-- statement-level syntax by dialect: empty statements, calls vs expressions, assignments, returns
local loadstr = loadstring or load
local srcs = {
  ";", ";;", "local x; ; x = 1", "return;", "return 1;", "return 1; ;", "do return end print(1)",
  "if true then return 1 end return 2", "x", "x.y", "(f)", "f()", "(f)()", "f{}", "f''", "f[[x]]",
  "a, b = 1", "a, b.c, d[1] = 1, 2, 3", "a.b.c = 1", "a:b() = 1", "a() = 1", "local a.b = 1",
  "local function a.b() end", "function a.b.c:d() end", "function a:b.c() end", "local a, b, c",
  "local a <const>, b <close> = 1", "local a <foo> = 1", "break", "while true do break end",
  "repeat local x = 1 until x == 1", "for i = 1, 2 do local i = i * 2 end", "for a, b, c in f do end",
  "for a.b = 1, 2 do end", "function f(a, b, ...) end", "function f(..., a) end", "function f(a,) end",
  "return function(a) return a end", "return not not nil", "return - - 1", "return #{}",
  "local t = {} t.x, t.y = 1", "if x then elseif y then else end", "if x then else elseif y then end",
  "return (...)", "return 1, 2, (f())", "x = function() return end", "do end do end",
  "return 1 and 2 or 3", "a = b = c", "local x = x", "local function f() return f end",
  "return { [1] = 1, x = 2, 3; 4 }", "return a.b.c.d.e.f", "return a[b][c]", "return a.b[c]:d(e).f",
}
for _, s in ipairs(srcs) do
  local f, e = loadstr(s)
  print(string.format("%q", s), f and "ok" or ("error: " .. e))
end
