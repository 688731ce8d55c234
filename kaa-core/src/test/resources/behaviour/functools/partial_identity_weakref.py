# partial: weakly referenceable, .args is one tuple (a copy shares it), keywords that are not strings are refused at
# the call; update_wrapper copies __name__ and __qualname__ as the same objects.
import copy
import functools
import weakref


def capture(*args, **kwargs):
    return args, kwargs


p = functools.partial(capture, ["a"], x=1)
r = weakref.ref(p)
print(r() is p, p.args is p.args, copy.copy(p).args is p.args)
q = copy.deepcopy(p)
print(q.args == p.args, q.args is p.args)
p.keywords[1234] = "value"
print(repr(p).endswith("x=1, 1234='value')"))
try:
    p()
except TypeError as e:
    print("TypeError", e)


def wrapped():
    """doc"""


def wrapper():
    pass


functools.update_wrapper(wrapper, wrapped)
print(wrapper.__name__ is wrapped.__name__, wrapper.__qualname__ is wrapped.__qualname__,
      wrapped.__name__ is wrapped.__name__)
functools.update_wrapper(wrapper, max)
print(wrapper.__name__, wrapper.__doc__.splitlines()[0])
print(min.__doc__.splitlines()[:2])
