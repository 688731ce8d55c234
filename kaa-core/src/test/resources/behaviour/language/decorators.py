# Decorators: applied bottom-up, evaluated top-down, with arguments, on classes and methods, any expression (PEP 614).
order = []

def tag(name):
    order.append(f"evaluate {name}")
    def decorate(f):
        order.append(f"apply {name}")
        f.tags = getattr(f, "tags", []) + [name]
        return f
    return decorate

@tag("outer")
@tag("middle")
@tag("inner")
def f():
    return "f"

print(order)
print(f.tags)

def repeat(times):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return decorate

@repeat(3)
def greet(name):
    return f"hi {name}"

print(greet("ann"), greet.__name__, greet.__wrapped__("bob"))

def register(cls):
    cls.registered = True
    return cls

def replace_with_name(obj):
    return obj.__name__

@register
class C:
    pass

@replace_with_name
class D:
    pass

print(C.registered, D)

handlers = {"a": lambda f: f, "b": lambda f: "replaced"}

@handlers["b"]
def g():
    pass

@(lambda f: f.__name__.upper())
def h():
    pass

print(g, h)

class K:
    @staticmethod
    @tag("on method")
    def s():
        return "static"
    @property
    def p(self):
        return "prop"
    @p.setter
    def p(self, value):
        print("setting", value)

print(K.s(), K().p, K.s.tags)
K().p = 1

def decorator_sees_function_before_binding(fn):
    print("name bound yet?", "early" in globals())
    return fn

@decorator_sees_function_before_binding
def early():
    pass

def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper

@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(10), fib.calls)
