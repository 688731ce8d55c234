# An uncaught KeyboardInterrupt: traceback, then CPython exits as killed by SIGINT (status 130 from the shell's view).
def long_task():
    print("working")
    raise KeyboardInterrupt

long_task()
