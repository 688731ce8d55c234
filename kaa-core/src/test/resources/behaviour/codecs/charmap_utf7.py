# charmap (the table codecs of the encodings package) and UTF-7.
import codecs

for enc in ['cp437', 'koi8-r', 'mac-roman', 'iso8859-15', 'cp1251', 'cp1252', 'cp850', 'iso8859-2']:
    b = 'Привет€ é'.encode(enc, 'replace')
    print(enc, b, b.decode(enc), bytes(range(0x80, 0x90)).decode(enc, 'replace'))
print(b'\x81\x8d'.decode('cp1252', 'replace'), b'\x81'.decode('cp1252', 'backslashreplace'))
try:
    b'a\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)

m = codecs.charmap_build('\x00abca' + '\ufffe' * 251)
print(type(m).__name__, codecs.charmap_encode('a', 'strict', m), type(codecs.charmap_build('abca')), codecs.charmap_build('abca'))
print(codecs.charmap_encode('a\u1234\u1235b', 'replace', {97: 1, 98: b'xy', 63: 5}))
print(codecs.charmap_encode('a\u1234', 'backslashreplace', {ord(c): ord(c) for c in 'a\\ux0123456789abcdef'}))
print(codecs.charmap_decode(b'ab\xff', 'replace', 'xyz'), codecs.charmap_decode(b'ab', 'replace', {97: 'xy', 98: None}))
print(codecs.charmap_decode(b'ab', 'strict', {97: 0x20ac, 98: 'q'}), codecs.charmap_decode(b'\xe9'), codecs.charmap_encode('\xe9'))
for call in [lambda: codecs.charmap_encode('a\u1234\u1235b', 'strict', {97: 1, 98: b'xy', 63: 5}),
             lambda: codecs.charmap_encode('a', 'strict', {97: 300}), lambda: codecs.charmap_encode('a', 'strict', {97: 'x'}),
             lambda: codecs.charmap_decode(b'ab', 'strict', {97: 'x', 98: 0x110000}),
             lambda: codecs.charmap_decode(b'ab', 'strict', {97: 1.5}),
             lambda: codecs.charmap_encode('a\u1234', 'backslashreplace', {97: 97})]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ':', e)

for s in ['héllo+€', 'A≢Α.', 'Hi Mom -☺-!', '日本語', 'a+b-c', '\U0001f600x', '~\\', '\ud800a', 'a\x00b']:
    b = s.encode('utf-7')
    print(ascii(s), b, ascii(b.decode('utf-7')))
for data in [b'+AGE', b'+AGEA', b'a+2D3-', b'+2D3YAA-x', b'\xe9', b'+!', b'+AGE-+AG', b'+ZeVnLIqe-']:
    for last in (True, False):
        try:
            print(data, last, codecs.utf_7_decode(data, 'strict', last))
        except UnicodeDecodeError as e:
            print(data, last, 'UnicodeDecodeError:', e)
print(codecs.utf_7_decode(b'a+AG\xe9b', 'replace', True), codecs.utf_7_decode(b'+AGE+', 'replace', True))
