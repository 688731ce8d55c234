# An exception thrown into a suspended generator and not handled there: the traceback shows the throw() call
# and the yield the generator was suspended at.
def worker():
    total = 0
    while True:
        total += yield total

w = worker()
next(w)
w.send(5)
w.throw(ValueError("stop working"))
