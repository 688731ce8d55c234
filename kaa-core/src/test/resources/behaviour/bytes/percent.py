def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: b'%s-%d' % (b'x', 5))
show(lambda: b'%5s|%-5s|' % (b'ab', b'cd'))
show(lambda: b'%x %o %c %c' % (255, 8, 65, b'B'))
show(lambda: b'%r %a' % ('x', b'y'))
show(lambda: b'%.1f' % 2.25)
show(lambda: b'%b' % bytearray(b'z'))
show(lambda: b'%s' % 'x')
show(lambda: b'%c' % 256)
show(lambda: b'%(k)s' % {b'k': b'v'})
show(lambda: b'%s %s' % (b'a',))
show(lambda: bytearray(b'%d') % 3)
