# Ints a compiled loop keeps unboxed (docs/jit.md, "Unboxed ints"): the values, and the frame as others see it.
import sys


def seen_by_callee(n):
    x = 0
    out = []
    for i in range(n):
        x += i * 3 - 1
        if i % 3 == 0:
            f = sys._getframe()
            out.append((f.f_locals['x'], f.f_locals['i'], sorted(k for k in f.f_locals if k != 'f')))
    return x, out


def overflow(n):
    x = 2 ** 62 - 5
    y = -(2 ** 62)
    out = []
    for i in range(n):
        x += i
        y -= i
        out.append((x, y, x * y // 3, x & 0xff, y | 1, x ^ y, y % 7, x // -3))
    return out


def escaped(n):
    total = 1
    try:
        for i in range(n):
            total = total * 31 % 1000003
            if i == n - 1:
                total // (i - i)
    except ZeroDivisionError as e:
        frame = e.__traceback__.tb_frame
        return total, frame.f_locals['total'], frame.f_locals['i']


def generator(n):
    t = 0
    for i in range(n):
        t += i & 3
        if i % 4 == 0:
            yield t, sys._getframe().f_locals['t']


def mixed(values):
    t = 0
    for v in values:
        t += v
        t *= 2
        t -= 1
    return t


def while_loops(n):
    i = n
    hits = 0
    while i:
        i -= 1
        j = 0
        while j < i:  # a nested loop: its breaker check writes the frame back first
            j += 2
            hits += j % 3
    return i, hits


def comparisons(n):
    out = []
    for i in range(-n, n):
        out.append((i < 0, i <= 1, i == 2, i != 3, i > -2, i >= 4, 0 < i < 3))
    return out


def comprehension(n):
    k = 10
    squares = [k * k for k in range(n)]
    return k, squares


def deleted(n):
    x = 0
    for i in range(n):
        x += i
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)


def is_and_truth(n):
    out = []
    one = n // n
    for i in range(n):
        r = i & 1
        out.append((r is one, r is not None, bool(r), not r, r or 'zero'))
    return out


def big_range(n):
    t = 0
    for i in range(2 ** 63 - 3, 2 ** 63 + n):
        t += i
    return t


for run in range(3):  # the first runs interpreted, later ones compiled (or on-stack replaced)
    print(seen_by_callee(7))
    print(overflow(4))
    print(escaped(5))
    print(list(generator(9)))
    print(mixed([1, 2.5, 3, 2 ** 70, True, -4]), mixed(range(6)))
    print(while_loops(6))
    print(comparisons(3))
    print(comprehension(4))
    print(deleted(3))
    print(is_and_truth(3))
    print(big_range(2))
    for _ in range(2000):
        mixed(range(3))


def comprehension_restores(n):
    # the comprehension's variable is restored unbound after it; a later loop unboxes the same local
    bits = [(i - 3) // 2 for i in range(n, 0, -3)]
    total = 0
    for i in range(n):
        total += i % 5
    return bits, total


print(comprehension_restores(10))
for _ in range(2000):
    comprehension_restores(4)
print(comprehension_restores(7))


class Enough(Exception):
    pass


def at_the_breaker(wanted):
    # a signal handler runs where the loop (no call in it, nothing that boxes) leaves for the eval breaker, its
    # backward jump: it must see the loop's ints in the frame as ints, agreeing with each other; it ends the loop
    import signal
    seen = []

    def handler(signum, frame):
        if len(seen) >= wanted:  # a firing after the loop ended (the timer is stopped in the finally block)
            return
        if frame.f_code.co_name == 'at_the_breaker' and 'x' in frame.f_locals:
            x, i = frame.f_locals['x'], frame.f_locals['i']
            seen.append((type(x), type(i), x == 28 * ((i + 1) // 8) + sum(range((i + 1) % 8)) + 2 ** 40))
        if len(seen) >= wanted:
            raise Enough

    old = signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, 0.002, 0.002)
    try:
        x = 2 ** 40
        for i in range(10 ** 12):
            x += i & 7
    except Enough:
        pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    return sorted(set(seen), key=str), len(seen)


print(at_the_breaker(5))
