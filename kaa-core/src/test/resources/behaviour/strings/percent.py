def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: '%s and %r' % ('a', 'b'))
show(lambda: '%d|%5d|%-5d|%05d' % (1, 2, 3, 4))
show(lambda: '%x %X %o %#x' % (255, 255, 8, 255))
show(lambda: '%.2f %e %g' % (3.14159, 12345.678, 0.0001))
show(lambda: '%c%c' % (72, 'i'))
show(lambda: '%(name)s is %(age)d' % {'name': 'Al', 'age': 3})
show(lambda: '%*d|%-*d|' % (4, 1, 4, 2))
show(lambda: '%.3s' % 'abcdef')
show(lambda: '%s' % (1, 2))
show(lambda: '%s %s' % (1,))
show(lambda: '%d' % 'x')
show(lambda: '%z' % 1)
show(lambda: '%' % ())
show(lambda: '%s' % [1, 2])
show(lambda: '%a' % 'é')
show(lambda: '100%%' % ())
