# Context managers written by hand: a generator-based one (as contextlib would make), reentrancy, nesting order.
class generator_cm:
    def __init__(self, fn, *args):
        self.gen = fn(*args)
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, kind, value, tb):
        if kind is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(value)
        except StopIteration:
            return True
        except BaseException as e:
            if e is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except KeyError as e:
        print(f"handled {e!r} in {name}")
    finally:
        print(f"</{name}>")

with generator_cm(tag, "a") as a, generator_cm(tag, "b") as b:
    print("body", a, b)

with generator_cm(tag, "swallow"):
    raise KeyError("k")
print("after swallow")

try:
    with generator_cm(tag, "pass-through"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)

class Counter:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *exc):
        self.depth -= 1

c = Counter()
with c as d1:
    with c as d2:
        print("depths", d1, d2, c.depth)
print("final depth", c.depth)

def early_exit():
    for i in range(3):
        with generator_cm(tag, f"loop{i}"):
            if i == 1:
                return i

print("returned", early_exit())
with generator_cm(tag, "x") as x, generator_cm(tag, x + "y") as y:
    print(y)
