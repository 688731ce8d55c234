for text, codec in [('caf\xe9', 'ascii'), ('\u20ac5', 'latin-1'), ('a\ud800b', 'utf-8'), ('a\ud800\ud801', 'utf-16')]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.encoding, repr(e.object), e.start, e.end, e.reason)
        print(' ', e)
        print(' ', repr(e), e.args)

for data, codec in [(b'caf\xc3', 'utf-8'), (b'\xff\xfe', 'ascii'), (b'a\x00b', 'utf-16-le'), (b'\xe0\x80x', 'utf-8')]:
    try:
        data.decode(codec)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason)
        print(' ', e)

try:
    b'\xff'.decode()
except UnicodeError as e:
    print(isinstance(e, ValueError), isinstance(e, UnicodeError))
    e.start = 0
    e.end = 1
    e.reason = 'changed'
    print(e)

e = UnicodeEncodeError('ascii', 'xyz', 0, 2, 'made by hand')
print(e, e.args)
print(UnicodeDecodeError('utf-8', b'\x80', 0, 1, 'by hand'))
print(UnicodeTranslateError('\U0001f600', 0, 1, 'no'), UnicodeTranslateError('ab', 0, 1, 'x').encoding)
for bad in [('a',), (1, 'a', 0, 1, 'r'), ('a', 'b', 'c', 1, 'r')]:
    try:
        UnicodeEncodeError(*bad)
    except TypeError as t:
        print('TypeError:', t)


class MyError(UnicodeDecodeError):
    pass


try:
    raise MyError('utf-8', b'ab', 1, 2, 'custom')
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.object)
