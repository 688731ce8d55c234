# The codec registry: lookup through the stdlib's encodings package, search functions, text-encoding checks.
import codecs

info = codecs.lookup('UTF-8')
print(type(info).__name__, info.name, info.encode, codecs.lookup('latin 1').name, codecs.lookup('U16').name)
print(codecs.lookup('cp1252').name, codecs.lookup('Mac-Roman').name)

def search(name):
    print('searching', repr(name))
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)), name='my-codec')
    return None

codecs.register(search)
print(codecs.lookup('My Codec').name, codecs.lookup('my-codec') is codecs.lookup('My Codec'))
print('abc'.encode('my-codec'), b'XYZ'.decode('my codec'))
print(codecs.encode('abc', 'my-codec'), codecs.decode(b'ABC', 'my-codec'))
codecs.unregister(search)
try:
    codecs.lookup('my_codec')
except LookupError as e:
    print('LookupError:', e)

for bad in [lambda: codecs.lookup(1), lambda: codecs.register(1), lambda: codecs.register_error('x', 1),
            lambda: codecs.lookup_error('nope'), lambda: 'a'.encode('rot13'), lambda: b'a'.decode('nope'),
            lambda: 'a'.encode('utf-8', 'nope-handler') or 'no error: handler looked up only on error',
            lambda: '\xff'.encode('ascii', 'nope-handler')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

try:
    codecs.decode(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(e, e.__notes__)
try:
    '\u1234'.encode('cp1252')
except UnicodeEncodeError as e:
    print(e, e.__notes__)
print(codecs.encode('abc', 'rot13'), codecs.decode('nop', 'rot_13'))

def bad_search(name):
    return 'not a tuple'
codecs.register(bad_search)
try:
    codecs.lookup('something-unknown')
except TypeError as e:
    print('TypeError:', e)
