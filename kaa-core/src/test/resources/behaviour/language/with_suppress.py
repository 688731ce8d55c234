# with statements: __exit__ arguments, truthy return suppresses, exceptions in __enter__/__exit__, several items.
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"enter {self.name} failed")
        return self
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, repr(value), tb is not None)
        if self.fail_exit:
            raise RuntimeError(f"exit {self.name} failed")
        return self.suppress

with CM("plain") as cm:
    print("body", cm.name)

with CM("suppress", suppress=1):
    raise ValueError("gone")
print("continued")

try:
    with CM("no suppress", suppress=0):
        raise ValueError("kept")
except ValueError as e:
    print("caught", e)

try:
    with CM("outer"), CM("inner", fail_enter=True):
        print("not reached")
except RuntimeError as e:
    print("caught", e)

try:
    with CM("exit fails", fail_exit=True):
        raise KeyError("original")
except RuntimeError as e:
    print("caught", e, "context", repr(e.__context__))

with CM("outer", suppress=True), CM("inner"):
    raise IndexError("inner does not suppress")
print("outer suppressed it")

def returns_inside():
    with CM("return"):
        return "value"

print(returns_inside())

for i in range(3):
    with CM(f"loop {i}", suppress=True):
        if i == 1:
            continue
        if i == 2:
            break
        raise ValueError(i)

class Truthy:
    def __bool__(self):
        print("bool called")
        return True

class SuppressWithObject:
    def __enter__(self):
        return None
    def __exit__(self, *args):
        return Truthy()

with SuppressWithObject() as nothing:
    raise ValueError
print("suppressed via __bool__", nothing)

class NoEnter:
    def __exit__(self, *a):
        pass

class NoExit:
    def __enter__(self):
        pass

for obj in (NoEnter(), NoExit(), 5):
    try:
        with obj:
            pass
    except TypeError as e:
        print(e)

with (CM("paren a") as a,
      CM("paren b") as b):
    print(a.name, b.name)
