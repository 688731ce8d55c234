# Code objects go through marshal and still run (as part of other data too); a truncated one is an EOFError.
import marshal

source = """
def add(a, b=2, *args, c, **kw):
    return a + b + c + len(args) + len(kw)
total = add(1, c=3) + add(1, 2, 3, c=4, d=5)
print('total', total, [x * 2 for x in (1, 2)], {'k': 1.5j}, b'\\x00', -2 ** 70, ...)
"""
code = compile(source, "<marshalled>", "exec")
data = marshal.dumps(code)
again = marshal.loads(data)
print(type(again).__name__, again.co_filename, again.co_name)
exec(again)
print(marshal.loads(marshal.dumps([code, code]))[1] is not None)
for h in ["63"]:
    try:
        marshal.loads(bytes.fromhex(h))
    except (EOFError, ValueError) as e:
        print(type(e).__name__)
