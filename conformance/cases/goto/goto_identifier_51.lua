-- dialects: 5.1
-- in Lua 5.1 'goto' is an ordinary identifier and '::' is a syntax error
local goto = "goto is a name"
print(goto)
local t = {goto = 1}
print(t.goto)
local function goto_fn() return "called" end
print(goto_fn())
print(loadstring("::label::"))
print(loadstring("goto label"))
print(type(loadstring("local x = goto")))
