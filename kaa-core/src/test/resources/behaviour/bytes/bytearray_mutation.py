# bytearray mutation: item/slice assignment, deletion, extend/insert/pop/remove/reverse, in-place ops, resizing errors
a = bytearray(b"hello")
a[0] = 72
a[-1] = ord("!")
a[1:3] = b"EY"
a[5:] = b" there"
print(a, len(a))
a[::2] = b"......"
print(a)
del a[::3]
del a[0]
print(a)
a.extend([65, 66])
a.extend(b"CD")
a.extend(bytearray(b"E"))
a.append(70)
a.insert(0, 33)
a.insert(-1, 34)
print(a, a.pop(), a.pop(0), a)
a.remove(65)
a.reverse()
print(a)
a += b"xyz"
a *= 2
print(a, a.count(b"x"), a.find(b"yz"))
a.clear()
print(a, bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"), bytearray(b"ab") * 0)
b = bytearray(b"abc")
b[1:2] = b""
b[0:0] = bytearray(b"<<")
b[len(b):] = [62]
print(b, b.copy() == b, b.copy() is b)
for call in (lambda: b.__setitem__(0, 256), lambda: b.__setitem__(0, -1), lambda: b.__setitem__(0, b"x"),
             lambda: b.__setitem__(slice(None, None, 2), b"x"), lambda: b.append(300), lambda: b.remove(99),
             lambda: bytearray().pop(), lambda: b.extend("str"), lambda: b.extend([1, "x"]), lambda: b.insert(0, b"x"),
             lambda: b.__setitem__(slice(0, 1), 5), lambda: b.__setitem__(slice(0, 1), "s"), lambda: b.pop(99),
             lambda: bytearray(-1), lambda: bytearray("x"), lambda: hash(b)):
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
# assigning a slice from itself and from a memoryview
c = bytearray(b"12345")
c[1:3] = c
print(c)
c[0:2] = memoryview(b"AB")
print(c, bytes(c), c.decode(), c.hex(), c.upper(), type(c.upper()).__name__)
