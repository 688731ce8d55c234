# repr of built-in callables, descriptors, types and singletons (the forms without addresses)
print(repr(len), repr(print), repr(int), repr(type), repr(object), repr(None), repr(NotImplemented), repr(...))
print(repr(list.append), repr(int.__add__), repr(str.join), repr(dict.fromkeys) [:40])
print(repr(int.real), repr(type.__dict__["__name__"]), repr(list.__dict__["__hash__"]), repr(type(None)), repr(type(...)))
print(repr(range), repr(slice(1)), repr(zip), repr(map), repr(property), repr(classmethod), repr(staticmethod), repr(super))
print(repr(BaseException), repr(KeyError), repr(StopAsyncIteration), repr(bool), repr(True), repr(memoryview), repr(bytearray()))
print(repr(frozenset()), repr(set()), repr({}), repr([]), repr(()), repr(""), repr(b""), repr(0j), repr(-0.0), repr(float("nan")))
class A:
    def method(self):
        pass
    def __repr__(self):
        return "A()"
print(repr(A().method), repr(A.method)[:20], repr(A.__dict__["method"])[:20], A.method.__qualname__)
print(repr([].append)[:38], repr((1).__add__)[:37], repr("".join)[:34])
print(str(int), str(len), f"{int}", "%s" % len, [int, len, None])
print(type(len).__name__, type([].append).__name__, type(list.append).__name__, type(int.__add__).__name__,
      type((1).__add__).__name__, type(int.real).__name__, type(A().method).__name__, type(A.method).__name__,
      type(dict.fromkeys).__name__)
print(len.__name__, len.__qualname__, list.append.__qualname__, int.__add__.__qualname__, len.__module__, list.append.__objclass__)
print(len.__self__, [].append.__self__, (5).__add__.__self__, dict.fromkeys.__self__, callable(int.__add__))
