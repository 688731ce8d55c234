def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


a = bytearray(b'hello')
a[0] = 72
print(a)
a[1:3] = b'EY'
print(a)
a[5:] = b' world'
print(a, len(a))
del a[0]
print(a)
del a[::2]
print(a)
a.append(33)
a.extend(b'??')
a.extend([65, 66])
a.insert(0, 60)
a.insert(-1, 62)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(33)
a.reverse()
print(a)
b = a.copy()
a.clear()
print(a, b)
b += b'!'
b *= 2
print(b)
c = bytearray(b'abcdef')
c[::2] = b'XYZ'
print(c)
c[1:1] = b'--'
print(c)
show(lambda: c.__setitem__(0, 256))
show(lambda: c.__setitem__(100, 1))
def assign_extended():
    c[0:6:2] = b'xy'


def assign_str():
    c[0:1] = 'str'


show(assign_extended)
show(assign_str)
show(lambda: c.__setitem__('k', 1))
show(lambda: c.__delitem__(100))
show(lambda: bytearray().pop())
show(lambda: bytearray(b'a').pop(3))
show(lambda: bytearray(b'a').remove(98))
show(lambda: bytearray(b'a').append(300))
show(lambda: bytearray(b'a').append('x'))
show(lambda: bytearray().extend(5))
show(lambda: bytearray(b'abc').upper())
show(lambda: bytearray(b'a b').split())
show(lambda: bytearray.fromhex('41 42'))
show(lambda: hash(bytearray()))
it = iter(c)
next(it)
c.append(0)
print(type(it).__name__, list(it)[-1])


class Buf(bytearray):
    pass


d = Buf(b'xy')
print(d, type(d).__name__, type(d + b'z').__name__, d == b'xy')
