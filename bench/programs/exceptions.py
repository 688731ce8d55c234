# Exceptions: raising and catching in loops, try/finally, exception classes.
class Miss(Exception):
    pass

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return -1

def risky(i):
    if i % 3 == 0:
        raise Miss(i)
    return i

def run(n):
    d = {i: i for i in range(0, n, 2)}
    s = 0
    for i in range(n):
        s += lookup(d, i)
        try:
            s += risky(i)
        except Miss as e:
            s -= e.args[0]
        finally:
            s += 1
    return s

print(run(1500000))
