# Error handlers: the built-in ones by name and as functions, and registered ones called back with the exception.
import codecs

text = 'a\xe9\u20ac\udc80b'
for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape',
               'surrogatepass']:
    for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'cp1252']:
        try:
            print(errors, enc, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(errors, enc, 'UnicodeEncodeError:', e)

data = b'a\xff\xed\xa0\x80\xe9b'
for errors in ['ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'strict']:
    for enc in ['ascii', 'utf-8', 'cp1252', 'utf-16-le']:
        try:
            print(errors, enc, ascii(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(errors, enc, 'UnicodeDecodeError:', e)

print(ascii('\udce9'.encode('latin-1', 'surrogateescape')), ascii(b'\xe9'.decode('ascii', 'surrogateescape')))
print('\ud800'.encode('utf-16-be', 'surrogatepass'), b'\x00\xd8'.decode('utf-16-le', 'surrogatepass') == '\ud800')

seen = []
def handler(e):
    seen.append((type(e).__name__, e.encoding, e.start, e.end, e.reason))
    if isinstance(e, UnicodeEncodeError):
        return ('[%d]' % ord(e.object[e.start]), e.start + 1)
    return ('<%s>' % e.object[e.start:e.end].hex(), e.end)
codecs.register_error('test.handler', handler)
print('x\xe9\u20acy'.encode('ascii', 'test.handler'), 'x\u20acy'.encode('utf-16-le', 'test.handler'))
print(b'x\xff\xfey'.decode('utf-8', 'test.handler'), b'\x81x'.decode('cp1252', 'test.handler'))
print(seen)

codecs.register_error('test.bytes', lambda e: (b'<B>', e.end))
print('\xe9'.encode('ascii', 'test.bytes'), '\xe9'.encode('cp1252', 'test.bytes') if False else '')
codecs.register_error('test.back', lambda e: ('!', -1))
print('ab\xe9c'.encode('ascii', 'test.back'))
for answer in [('x',), 'x', ('x', 'y'), ('x', 100), (1, 1)]:
    codecs.register_error('test.bad', lambda e, answer=answer: answer)
    for call in [lambda: '\xe9'.encode('ascii', 'test.bad'), lambda: b'\xff'.decode('utf-8', 'test.bad')]:
        try:
            print(call())
        except Exception as e:
            print(type(e).__name__ + ':', e)

err = UnicodeEncodeError('ascii', 'a\xe9\u1234b', 1, 3, 'bad')
for name in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape']:
    try:
        print(name, codecs.lookup_error(name)(err))
    except Exception as e:
        print(name, type(e).__name__ + ':', e)
derr = UnicodeDecodeError('utf-8', b'a\xff\xfe', 1, 3, 'bad')
terr = UnicodeTranslateError('a\xe9\u1234b', 1, 3, 'bad')
for name in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
    for e in [derr, terr]:
        try:
            print(name, type(e).__name__, codecs.lookup_error(name)(e))
        except Exception as x:
            print(name, type(e).__name__, type(x).__name__ + ':', x)
for call in [lambda: codecs.strict_errors(err), lambda: codecs.strict_errors(1), lambda: codecs.ignore_errors(ValueError())]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(codecs.lookup_error('strict'), codecs.lookup_error('surrogateescape'), codecs.backslashreplace_errors)
