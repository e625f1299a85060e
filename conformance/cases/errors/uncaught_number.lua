-- dialects: 5.1 5.2 5.3 5.4 5.5
-- uncaught error whose value is a number
io.write("partial line without newline")
io.stdout:flush()
error(42)
