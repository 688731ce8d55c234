class K:
    def __call__(self):
        return 1


print(callable(len), callable(K), callable(K()), callable(1), callable(print), callable(lambda: 0))
a = object()
print(id(a) == id(a), id(a) != id(object()), type(id(a)).__name__)
print(hash(1) == hash(1.0), hash("x") == hash("x"), hash(-1), hash(True))
try:
    hash([])
except TypeError as e:
    print(e)
