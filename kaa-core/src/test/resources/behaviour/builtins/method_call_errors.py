# Built-in methods called with positional arguments take a direct path; arity, type and keyword errors must read
# as CPython's, and optional arguments given as None or left out behave the same.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("append none", lambda: [].append())
attempt("append two", lambda: [].append(1, 2))
attempt("get one", lambda: {"k": 1}.get("k"))
attempt("get default", lambda: {}.get("k", 5))
attempt("get three", lambda: {}.get(1, 2, 3))
attempt("get keyword", lambda: {}.get("k", default=1))
attempt("count none", lambda: "banana".count("a", None, None))
attempt("count start", lambda: "banana".count("a", 2))
attempt("count int", lambda: "banana".count(1))
attempt("startswith int", lambda: "abc".startswith(1))
attempt("split keyword", lambda: "a,b".split(sep=","))
attempt("split maxsplit", lambda: "a b c".split(None, 1))
attempt("upper arg", lambda: "a".upper(1))
attempt("descriptor", lambda: str.upper(5))
attempt("unbound none", lambda: str.upper())
attempt("list insert", lambda: [1, 2].insert(0))
attempt("pop index", lambda: [1, 2, 3].pop(-1))
attempt("pop str", lambda: [1].pop("0"))
attempt("join ints", lambda: ",".join([1, 2]))
attempt("replace count", lambda: "aaa".replace("a", "b", 2))
attempt("str new", lambda: str(b"x", "ascii"))
attempt("str new bad", lambda: str(1, 2))
attempt("dict setdefault", lambda: {}.setdefault("a"))
attempt("int repr", lambda: int.__repr__(True))
