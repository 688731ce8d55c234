# _testcapi's limits are those of the C types CPython names (Kaa: the Java types standing for them);
# _testinternalcapi tells the configuration and the recursion depth.
import sys
import _testcapi as t
import _testinternalcapi as ti

for name in ("CHAR_MIN", "CHAR_MAX", "UCHAR_MAX", "SHRT_MIN", "SHRT_MAX", "USHRT_MAX", "INT_MIN", "INT_MAX",
             "UINT_MAX", "LONG_MIN", "LONG_MAX", "ULONG_MAX", "LLONG_MIN", "LLONG_MAX", "ULLONG_MAX",
             "PY_SSIZE_T_MIN", "PY_SSIZE_T_MAX", "SIZE_MAX", "FLT_MAX", "FLT_MIN", "DBL_MAX", "DBL_MIN"):
    print(name, getattr(t, name))
print(t.PY_SSIZE_T_MAX == sys.maxsize, t.DBL_MAX == sys.float_info.max, t.DBL_MIN == sys.float_info.min)
try:
    "%.{}f".format(t.INT_MAX + 1) % 1.0
except ValueError as e:
    print("ValueError", e)


class A:
    attr = 1

    @property
    def broken(self):
        raise RuntimeError


print(t.object_hasattrstring(A(), b"attr"), t.object_hasattrstring(A(), b"nothing"),
      t.object_hasattrstring(A(), b"broken"), sys.exception())
print(t.test_with_docstring.__doc__, t.test_with_docstring())
try:
    t.raise_memoryerror()
except MemoryError as e:
    print("MemoryError", repr(e))


class Descr:
    __get__ = t.bad_get

    def __repr__(self):
        return "<Descr>"


class Owner:
    descr = Descr()

    def __new__(cls):
        cls.descr = None
        return super().__new__(cls)


print(Owner.descr, Owner.descr)

config = ti.get_config()
print(config["code_debug_ranges"], config["argv"], config["optimization_level"], config["isolated"],
      config["orig_argv"][1:] == sys.orig_argv[1:], config["executable"] == sys.executable,
      config["int_max_str_digits"] == sys.flags.int_max_str_digits)


def depth(n):
    return ti.get_recursion_depth() if n == 0 else depth(n - 1)


print(ti.get_recursion_depth(), depth(0), depth(10))
