-- dialects: 5.1 5.2 5.3 5.4 5.5
-- error(nil) uncaught: 5.5 replaces the nil error object by a message
print("start")
io.stdout:flush()
error(nil)
