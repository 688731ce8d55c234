# Calls run in place: deep recursion under a raised limit, RecursionError depth, tracebacks and frames of callers
import sys
sys.setrecursionlimit(200000)
def d(n):
    return 0 if n == 0 else 1 + d(n - 1)
print(d(150000))
def g(n):
    try:
        return g(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(1000)
print(g(0))
def tb(n):
    if n == 0:
        raise ValueError('bottom')
    return tb(n - 1)
try:
    tb(3)
except ValueError as e:
    t = e.__traceback__
    lines = []
    while t:
        lines.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(lines)
def fr():
    return sys._getframe(1).f_code.co_name, sys._getframe(0).f_back.f_lineno
def caller():
    return fr()
print(caller())
def gen_calls():
    yield caller()
    yield fr()
print(list(gen_calls()))
class K:
    def __init__(self, v):
        self.v = helper(v)
def helper(v):
    if v < 0:
        raise KeyError(v)
    return v * 2
print(K(4).v)
try:
    K(-1)
except KeyError as e:
    print('caught', e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
def finally_unwinds(n):
    try:
        if n == 0:
            raise OverflowError('deep')
        return finally_unwinds(n - 1)
    finally:
        if n == 2:
            print('finally at', n)
try:
    finally_unwinds(4)
except OverflowError as e:
    print('outer got', e)
