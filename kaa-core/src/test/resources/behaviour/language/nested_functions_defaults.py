# Defaults and annotations of nested functions are evaluated in the enclosing scope each time the def runs; a
# recursive nested function finds itself through its cell; functions made in a loop are distinct objects.
def outer(n):
    def inner(x=n * 10, *, y=[n]) -> (lambda: n):
        return x, y
    return inner

a, b = outer(1), outer(2)
print(a(), b(), a is b, a.__code__ is b.__code__, a.__annotations__["return"]())

def recursive_inner():
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact

f = recursive_inner()
print(f(10), f.__code__.co_freevars)

def rebinding_breaks_recursion():
    def countdown(k):
        return "done" if k == 0 else countdown(k - 1)
    saved = countdown
    countdown = lambda k: f"rebound at {k}"
    return saved(3)

print(rebinding_breaks_recursion())
made = [lambda: 0 for _ in range(3)]
print(len({id(m) for m in made}), len({id(m.__code__) for m in made}))

def default_refers_to_earlier_param_fails():
    try:
        exec("def g(a, b=a):\n    pass\n", {})
    except NameError as e:
        return str(e)

print(default_refers_to_earlier_param_fails())

class K:
    base = 5
    def method(self, v=base * 2):
        return v

print(K().method())
