-- dialects: 5.1 5.2 5.3 5.4 5.5
-- class hierarchies via __index: super calls, overriding, instance vs class fields, isinstance
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, {__index = parent}) end
  c.new = function(...)
    local o = setmetatable({}, c)
    if o.init then o:init(...) end
    return o
  end
  c.super = parent
  return c
end
local Animal = class()
function Animal:init(name) self.name = name end
function Animal:speak() return self.name .. " makes a sound" end
function Animal:kind() return "animal" end
local Dog = class(Animal)
function Dog:init(name, breed) Animal.init(self, name) self.breed = breed end
function Dog:speak() return self.name .. " barks (" .. Animal.speak(self) .. ")" end
local Puppy = class(Dog)
function Puppy:speak() return "tiny " .. Dog.speak(self) end
local a, d, p = Animal.new("generic"), Dog.new("rex", "lab"), Puppy.new("bit", "pug")
print(a:speak())
print(d:speak(), d.breed, d:kind())
print(p:speak(), p.breed, p:kind())
local function isinstance(o, c)
  local m = getmetatable(o)
  while m do
    if m == c then return true end
    m = m.super
  end
  return false
end
print(isinstance(p, Animal), isinstance(p, Dog), isinstance(a, Dog), isinstance(d, Puppy))
print(rawget(p, "speak"), rawget(Puppy, "kind"), Puppy.kind == Animal.kind)
Animal.legs = 4
print(p.legs, d.legs)
p.legs = 3
print(p.legs, d.legs, Animal.legs)
function Animal:describe() return self.name .. ":" .. self:kind() end
print(p:describe())
function Dog:kind() return "dog" end
print(p:describe(), a:describe())
local counts = {}
for _, o in ipairs({a, d, p}) do local mt = getmetatable(o) counts[#counts + 1] = (mt == Animal and "A") or (mt == Dog and "D") or "P" end
print(table.concat(counts))
