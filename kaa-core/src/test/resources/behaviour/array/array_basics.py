# array.array: conversions and their range errors per typecode, slicing, operators, pickling's reduce forms.
import array
import copy
import pickle


def attempt(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(r)


A = array.array
print(array.typecodes, A is array.ArrayType)
for tc in array.typecodes:
    for v in (10**30, 2**63, -1, 300, 70000, 2**32, 'a', 1.5):
        attempt(lambda: A(tc, [v]))
    a = A(tc, 'xyz' if tc == 'u' else [1, 2, 3])
    print(tc, a.itemsize, len(a.tobytes()), a.tolist(), a[::-1], a[1:], repr(a + a), a * 2 == a + a)

attempt(lambda: A())
attempt(lambda: A('xx'))
attempt(lambda: A('x'))
attempt(lambda: A('i', 'abc'))
attempt(lambda: A('i', A('u', 'a')))
attempt(lambda: A('i', [1]) + A('d', [1]))
attempt(lambda: A('i', [1]) + [1])
attempt(lambda: A('i', [1]).index(5))
attempt(lambda: A('i').pop())
attempt(lambda: A('i', [1])['a'])
attempt(lambda: A('i', [1]).__setitem__(slice(0, 1), [1]))
attempt(lambda: A('i', [1]).frombytes(b'abc'))
attempt(lambda: A('b', [1]) < 3)
attempt(lambda: hash(A('b')))

a = A('h', range(10))
a[2:5] = A('h', [7])
del a[::3]
a[1::2] = A('h', [0] * len(a[1::2]))
a.insert(-1, 99)
a.extend(range(3))
a += A('h', [5])
a *= 2
print(a, a.count(0), a.index(99), a.pop(), a.pop(0))
a.byteswap()
print(a.tobytes()[:6], a.buffer_info()[1])
print(bytes(A('H', [1, 258])), A('B', b'ab'), A('d', [1.5]) == A('f', [1.5]), A('i', [1, 2]) < A('i', [1, 3]))
u = A('u', 'h\xe9\U0001f600')
print(u, u.tounicode(), len(u), u.tobytes()[-4:])
print(A('i', [1, 2]).__reduce_ex__(2), A('i', [1, 2]).__reduce_ex__(3))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(pickle.loads(pickle.dumps(A('q', [-1, 2**40]), proto)), copy.deepcopy(A('f', [0.5])))
print(array._array_reconstructor(A, 'H', 3, b'\x01\x02'), array._array_reconstructor(A, 'u', 19, 'ab'.encode('utf-16-be')))
it = iter(A('i', [1, 2]))
next(it)
print(it.__reduce__(), list(it), it.__reduce__()[1])
