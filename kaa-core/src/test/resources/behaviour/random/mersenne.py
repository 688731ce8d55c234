# _random: MT19937 seeded as CPython (ints, their absolute value, hashes), getrandbits, getstate/setstate
import _random
r = _random.Random(42)
print(r.random(), r.random(), r.getrandbits(100), r.getrandbits(7), r.getrandbits(32), r.getrandbits(64), r.getrandbits(33))
for seed in [0, -5, 2**100, 3.5, 2**32, 2**32-1, True, (1, 2)]:
    r.seed(seed)
    print(seed, r.random())
s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random(), len(s), s[-1], s[:3])
r2 = _random.Random(5); print(r2.random(), type(r2).__name__, _random.Random.__module__)
for bad in [(1, 2), [1], tuple(range(625)), tuple([0]*624 + [625]), tuple([-1]*625)]:
    try: r2.setstate(bad); print('ok')
    except Exception as e: print(type(e).__name__, e)
try: r2.getrandbits(-1)
except Exception as e: print(type(e).__name__, e)
try: _random.Random(1, 2)
except Exception as e: print(type(e).__name__, e)
try: _random.Random(x=1)
except Exception as e: print(type(e).__name__, e)
class R(_random.Random):
    def __init__(self, a, b): super().__init__()
print(type(R(1, 2)).__name__)
r3 = _random.Random(); r3.seed(); print(0 <= r3.random() < 1)
print(sorted(x for x in dir(_random.Random) if not x.startswith('__')))
