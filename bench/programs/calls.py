# Python-to-Python calls: recursion, positional and keyword arguments, defaults.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def add(a, b=1, *, scale=1):
    return (a + b) * scale

def many_calls(n):
    s = 0
    for i in range(n):
        s = add(s, i, scale=1) - add(i)
    return s

print(fib(32))
print(many_calls(3000000))
