# The codecs written in Java: utf-8/16/32, ascii, latin-1 through str.encode, bytes.decode and _codecs' functions.
import codecs

s = 'a\xe9\u20ac\U0001f600'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'latin-1', 'ascii']:
    b = s.encode(enc, 'backslashreplace')
    print(enc, b, b.decode(enc, 'replace'))

print(codecs.utf_8_encode(s), codecs.utf_8_decode(b'a\xe2\x82'), codecs.utf_8_decode(b'a\xe2\x82', 'replace', True))
print(codecs.utf_16_encode('ab'), codecs.utf_16_encode('ab', None, 1), codecs.utf_16_encode('ab', 'strict', -1))
print(codecs.utf_16_decode(b'\xff\xfea'), codecs.utf_16_decode(b'\xfe\xff\x00a\x00'))
print(codecs.utf_16_ex_decode(b'a\x00'), codecs.utf_16_ex_decode(b'\xfe\xff\x00a'), codecs.utf_16_ex_decode(b'\xff'))
print(codecs.utf_16_ex_decode(b'\x00a', 'strict', 1, True), codecs.utf_32_ex_decode(b'\xff\xfe\x00\x00a\x00\x00\x00'))
print(codecs.utf_32_encode('a'), codecs.utf_32_decode(b'a\x00\x00'), codecs.utf_32_be_decode(b'\x00\x00\x00a'))
print(codecs.latin_1_encode('\xff'), codecs.latin_1_decode(b'\xff'), codecs.ascii_encode('abc'),
      codecs.ascii_decode(bytearray(b'xyz')))
print(codecs.readbuffer_encode('abc'), codecs.readbuffer_encode(memoryview(b'xy')))

for call in [lambda: codecs.utf_8_encode(b'x'), lambda: codecs.utf_8_decode('x'), lambda: codecs.utf_8_encode('x', 1),
             lambda: codecs.ascii_encode('\xe9'), lambda: codecs.utf_8_decode(b'\xed\xa0\x80'),
             lambda: codecs.utf_16_le_decode(b'\x00\xdc', 'strict', True), lambda: codecs.utf_32_le_decode(b'\x00\x00\x11\x00'),
             lambda: codecs.utf_16_decode(b'a', 'strict', True), lambda: codecs.latin_1_encode('\u0100\u0101x')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ':', e)

dec = codecs.getincrementaldecoder('utf-8')()
print([dec.decode(bytes([b])) for b in '€x'.encode()], repr(dec.decode(b'', True)))
dec = codecs.getincrementaldecoder('utf-16')()
print(repr(dec.decode(b'\xfe')), repr(dec.decode(b'\xff\x00')), repr(dec.decode(b'a\x00b', True)) if False else '')
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'))
print(codecs.decode(codecs.encode('Grüße', 'utf-8-sig'), 'utf-8-sig'), codecs.encode('x', 'utf-8-sig'))
