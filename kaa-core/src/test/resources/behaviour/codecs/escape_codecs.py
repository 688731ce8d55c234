# unicode_escape, raw_unicode_escape, escape_encode/escape_decode: escapes, truncation, errors, partial input.
import codecs

print(codecs.unicode_escape_encode('a\t\'"\x7f\xe9\u1234\U00012345\\\n'))
print(codecs.raw_unicode_escape_encode('a\t\'"\x7f\xe9\u1234\U00012345\\'))
print(codecs.unicode_escape_decode(b'\\x41\\u00e9\\U0001f600\\N{DIGIT ONE}\\t\\101\\\nz'))
print(codecs.unicode_escape_decode('\\n\\\\'), codecs.unicode_escape_decode(b'\xe9\\\''))
for data in [b'ab\\x4', b'\\x4g', b'\\u12', b'\\U0011ffff', b'\\N{foo}', b'\\N{LATIN', b'\\Nx', b'a\\', b'\\N{}']:
    for last in (True, False):
        try:
            print(data, last, codecs.unicode_escape_decode(data, 'strict', last))
        except UnicodeDecodeError as e:
            print(data, last, 'UnicodeDecodeError:', e.start, e.end, e)
print(codecs.unicode_escape_decode(b'\\x4g\\u12', 'replace'), codecs.unicode_escape_decode(b'\\x4g', 'ignore'))
print('\\u00e9\\x41'.encode().decode('unicode-escape'), 'h\xe9\n'.encode('unicode_escape'))
for data in [b'\\u12', b'\\U0011ffff', b'a\\', b'\\\\u1234', b'\\x41', b'\\u00e9z', b'\\\\\\u00e9']:
    for last in (True, False):
        try:
            print('raw', data, last, codecs.raw_unicode_escape_decode(data, 'strict', last))
        except UnicodeDecodeError as e:
            print('raw', data, last, 'UnicodeDecodeError:', e)
print(codecs.escape_encode(b'a\t\'"\x7f\xe9\\\x00'), codecs.escape_decode(b'\\x41\\n\\101\\"\\\n!'))
print(codecs.escape_decode('\\x41\xe9'))
for data in [b'\\x4', b'a\\', b'\\xzz']:
    for errors in ['strict', 'replace', 'ignore', 'xx']:
        try:
            print(data, errors, codecs.escape_decode(data, errors))
        except ValueError as e:
            print(data, errors, 'ValueError:', e)
try:
    codecs.escape_encode('str')
except TypeError as e:
    print('TypeError:', e)
