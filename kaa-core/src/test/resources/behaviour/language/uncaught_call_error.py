# An uncaught TypeError from argument binding: traceback at the call site, exit status 1.
def connect(host, port, *, timeout):
    return host, port, timeout

print(connect("a", 1, timeout=2))
connect("a", port=1, host="b")
