-- dialects: 5.1 5.2 5.3 5.4 5.5
-- the main file itself has a syntax error: nothing runs, the message goes to stderr
print("never runs")
local x = = 1
