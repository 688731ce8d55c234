# count, cycle and repeat: values, reprs, argument rules, length hints, subclassing
from itertools import count, cycle, repeat, islice

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(islice(count(), 5)), list(islice(count(10, 3), 3)), list(islice(count(2.5, 0.5), 3)))
print(list(islice(count(step=-2), 3)), list(islice(count(2**63 - 2), 4)))
c = count(5)
next(c)
print(repr(c), repr(count(1, 2)), repr(count(1.5)), repr(count(1, 1.0)), repr(count(2**70, 3)), repr(count(1j)))
class Half(float):
    pass
print(list(islice(count(Half(0.5), Half(0.25)), 4)), list(islice(count(1j, 1), 2)))
show(lambda: count('a'))
show(lambda: count(1, 'a'))
show(lambda: count(1, 2, 3))
show(lambda: count(start=3))

print(list(islice(cycle('abc'), 8)), list(cycle([])))
show(lambda: cycle())
show(lambda: cycle(1))
show(lambda: cycle('a', 'b'))

print(list(repeat('a', 3)), list(repeat(1, -2)), list(islice(repeat(None), 2)))
r = repeat('a', 3)
next(r)
print(repr(r), repr(repeat('x')), repr(repeat(1, -5)), r.__length_hint__())
show(lambda: repeat().__length_hint__())
show(lambda: repeat(1).__length_hint__())
show(lambda: repeat(1, times=None))
show(lambda: repeat(1, 'x'))
show(lambda: list(repeat(object=2, times=2)))

class MyCount(count):
    def __next__(self):
        return super().__next__() * 10
m = MyCount(3)
m.tag = 'x'
print(type(m).__name__, next(m), list(islice(m, 2)), m.tag, repr(m))
print([x for x, _ in zip(m, range(2))])
print(count.__module__, count.__name__, type(count(1)).__qualname__)
