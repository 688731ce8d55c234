import sys
a = sys.intern("".join(["ab", "cd"]))
b = sys.intern("abcd")
print(a is b, a)
try:
    sys.intern(1)
except TypeError as e:
    print(e)
print(type(sys.getsizeof(1)).__name__, sys.getsizeof(object(), 0) >= 0)
