# SystemExit with a message string leaves through the finally blocks: the message goes to stderr, status 1.
try:
    print("working")
    raise SystemExit("fatal: giving up")
finally:
    print("finally runs first")
