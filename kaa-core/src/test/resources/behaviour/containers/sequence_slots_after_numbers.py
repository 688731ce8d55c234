# CPython asks both operands' numeric slots (__radd__/__rmul__) before a built-in sequence's concatenation or repetition
class Count(int):
    def __rmul__(self, other): return "rmul"
    def __radd__(self, other): return "radd"
class L(list):
    def __radd__(self, o): return "L.radd"
print("ab" * Count(2), [1] * Count(2), (1,) * Count(2), b"x" * Count(2), bytearray(b"x") * Count(2))
print(Count(2) * "ab", 3 * "ab", "ab" * 3, [1] + L([2]), [1] + [2])
class N:
    def __rmul__(self, o): return NotImplemented
    def __radd__(self, o): return "N.radd"
try: "ab" * N()
except TypeError as e: print(e)
print("ab" + N(), [1] + N())
class I:
    def __index__(self): return 2
    def __rmul__(self, o): return NotImplemented
print("ab" * I())
