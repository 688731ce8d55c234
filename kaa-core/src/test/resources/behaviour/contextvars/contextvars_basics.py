# _contextvars: ContextVar get/set/reset, Token, Context as a mapping, run, copy_context
import contextvars
from contextvars import ContextVar, Context, Token, copy_context

def show(f):
    try:
        print(hide(repr(f())))
    except Exception as e:
        print(type(e).__name__ + ":", hide(str(e)))

def hide(text):
    parts = text.split('0x')
    return '0x?'.join([parts[0]] + [p.lstrip('0123456789abcdef') for p in parts[1:]])

print(sorted(n for n in dir(contextvars) if not n.startswith('__')))
v = ContextVar('v', default=1)
w = ContextVar('w')
print(hide(repr(v)), hide(repr(w)), v.name, v.get(), v.get(5), w.get('dflt'))
show(lambda: w.get())
t = v.set(2)
print(v.get(), hide(repr(t)), t.var is v, t.old_value, Token.MISSING, t.old_value is Token.MISSING)
t2 = v.set(3)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
show(lambda: v.reset(t2))
show(lambda: w.reset(t))
show(lambda: v.reset(1))
v.reset(t)
print(v.get())
for f in [lambda: ContextVar(1), lambda: ContextVar('a', 1), lambda: ContextVar(), lambda: ContextVar('a', foo=1),
          lambda: Context(1), lambda: Token(), lambda: setattr(v, 'name', 'y'),
          lambda: type('X', (ContextVar,), {}), lambda: ContextVar('n', default=None).get()]:
    show(f)

ctx = copy_context()
ws = w.set('in outer')
print(w in ctx, len(ctx) == len(copy_context()) - 1, w.get())
show(lambda: ctx[w])
show(lambda: ctx[1])
show(lambda: 1 in ctx)
print(ctx.get(w), ctx.get(w, 'd'))

def job(arg, *, kw):
    w.set('inside')
    return (arg, kw, w.get(), v.get())
print(ctx.run(job, 1, kw=2), w.get(), ctx[w])
show(lambda: ctx.run(lambda: ctx.run(len, '')))
c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, c2[w], dict(c2.items()) == dict(ctx.items()), list(c2.keys()) == [w],
      list(c2.values()), [k is w for k in c2])
empty = Context()
print(len(empty), list(empty), empty == Context(), empty.run(lambda: w.get('none')))
print(ContextVar[int], Token[str], type(v).__module__, type(ctx).__name__)
show(lambda: hash(ctx))
print(hash(v) == hash(v), {v: 1}[v])

