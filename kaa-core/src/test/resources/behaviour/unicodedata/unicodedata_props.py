# unicodedata at Unicode 15.0.0: properties of a sample of characters (letters, marks, digits, CJK, Hangul,
# astral), names both ways, normalization forms, and the errors of bad arguments.
import unicodedata as u

chars = 'aZ\u00e9\u0301\u05d0\u0661\u00bd\u2167\u3042\u4e00\uac00\ud7a3\u200b\u00a0(\U0001f600\U00010400\u0300\ufb01'
for c in chars:
    print('%04x' % ord(c), u.category(c), repr(u.bidirectional(c)), u.combining(c), u.east_asian_width(c),
          u.mirrored(c), repr(u.decomposition(c)), u.decimal(c, None), u.digit(c, None), u.numeric(c, None),
          u.name(c, None))
for name in ['LATIN SMALL LETTER A', 'latin small letter e with acute', 'HANGUL SYLLABLE GA', 'CJK UNIFIED IDEOGRAPH-4E00',
             'GRINNING FACE', 'SPARKLE']:
    print(name, ascii(u.lookup(name)))
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    s = 'e\u0301 \ufb01 \u2167 \uac00'
    print(form, ascii(u.normalize(form, s)), u.is_normalized(form, s))
print(u.unidata_version, u.ucd_3_2_0.unidata_version, u.ucd_3_2_0.category('a'), u.ucd_3_2_0.normalize('NFKC', '\u2167'))


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ': ' + str(e))


attempt(lambda: u.category('ab'))
attempt(lambda: u.category(1))
attempt(lambda: u.name('\x00'))
attempt(lambda: u.lookup('NO SUCH CHARACTER NAME'))
attempt(lambda: u.decimal('a'))
attempt(lambda: u.digit('a'))
attempt(lambda: u.numeric('a'))
attempt(lambda: u.normalize('NFX', 'a'))
attempt(lambda: u.normalize('NFC', 1))
