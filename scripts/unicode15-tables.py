#!/usr/bin/env python3.12
"""Writes Kaa's pinned Unicode 15.0 character tables (kaa-core resource dev/kaa/strings/unicode15.bin).

CPython 3.12 uses Unicode 15.0.0; the JDK running Kaa knows another version, so Kaa carries its own tables. They are
derived from what python3.12 itself answers -- unicodedata (category, decimal, digit, numeric) and the str methods
(isspace, isprintable, isidentifier, splitlines, upper/lower/title/casefold, the final-sigma rule) -- so they agree
with CPython by construction; dev.kaa.strings.UnicodeTest checks every code point again through Kaa's own operations.

Format (big-endian, zlib-compressed), read by dev.kaa.strings.Unicode:
  int version; int categoryCount, categoryCount x 2 ASCII bytes (the category names, in record order);
  int numericCount, numericCount x double;
  int specialCount, specialCount x 4 strings (full lower, upper, title, casefold), each int length + ints;
  int recordCount, recordCount x 8 ints (props, decimal, digit, numeric index, lower, upper, title deltas, special);
  int shift, int index1Length x char (block numbers), int index2Length x char (record numbers).
A code point's record is index2[(index1[cp >> shift] << shift) + (cp & mask)].

Usage: scripts/unicode15-tables.py [output]   (default: the resource path in kaa-core)
"""
import os
import struct
import sys
import unicodedata
import zlib
import _sre

assert sys.version_info[:2] == (3, 12), "run with python3.12"
assert unicodedata.unidata_version == '15.0.0', unicodedata.unidata_version

VERSION = 1
CATEGORIES = ['Cn', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Zs', 'Zl', 'Zp',
              'Cc', 'Cf', 'Cs', 'Co', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So']
# Flag bits above the 5-bit category; dev.kaa.strings.Unicode declares the same.
FLAGS = ['LOWER', 'UPPER', 'TITLE', 'CASED', 'CASE_IGNORABLE', 'SPACE', 'LINEBREAK', 'XID_START', 'XID_CONTINUE',
         'PRINTABLE', 'ALPHA', 'DECIMAL', 'DIGIT', 'NUMERIC']
BIT = {name: 1 << (5 + i) for i, name in enumerate(FLAGS)}


def case_ignorable(c, cased):
    """Probes CPython's final-sigma rule, the one place str methods reveal Case_Ignorable."""
    if cased:
        # a cased character before a final sigma makes it final unless it is skipped as case-ignorable
        return ('1' + c + '\u03a3').lower()[-1] == '\u03c3'
    # an uncased character after a sigma ends the word unless it is skipped on the way to the cased 'a'
    return ('A\u03a3' + c + 'a').lower()[1] == '\u03c3'


def properties(cp):
    c = chr(cp)
    cat = unicodedata.category(c)
    decimal = unicodedata.decimal(c, -1)
    digit = unicodedata.digit(c, -1)
    numeric = unicodedata.numeric(c, None)
    assert c.isdecimal() == (decimal >= 0) and c.isdigit() == (digit >= 0) and c.isnumeric() == (numeric is not None)
    lower, upper, title = c.islower(), c.isupper(), cat == 'Lt'
    assert c.istitle() == (upper or title)
    cased = lower or upper or title
    flags = {
        'LOWER': lower, 'UPPER': upper, 'TITLE': title, 'CASED': cased,
        'CASE_IGNORABLE': case_ignorable(c, cased),
        'SPACE': c.isspace(),
        'LINEBREAK': len(('a' + c + 'b').splitlines()) == 2,
        'XID_START': c.isidentifier() and c != '_',
        'XID_CONTINUE': ('a' + c).isidentifier(),
        'PRINTABLE': c.isprintable(),
        'ALPHA': c.isalpha(),
        'DECIMAL': decimal >= 0, 'DIGIT': digit >= 0, 'NUMERIC': numeric is not None,
    }
    assert flags['ALPHA'] == (cat[0] == 'L')
    props = CATEGORIES.index(cat) | sum(BIT[k] for k, v in flags.items() if v)
    full_lower, full_upper, full_title, fold = c.lower(), c.upper(), c.title(), c.casefold()
    simple_lower = _sre.unicode_tolower(cp)
    # Simple upper and title mappings are not exposed by Python; they equal the full ones when those are one
    # character. Where the full uppercase is longer (U+1FB3 -> 'ΑΙ'), the simple one is the titlecase when that is a
    # single different character (U+1FBC), else the character itself (U+00DF 'ß'). UnicodeTest checks this against
    # the JDK's simple mappings for the characters whose data did not change after 15.0.
    simple_title = ord(full_title) if len(full_title) == 1 else cp
    simple_upper = ord(full_upper) if len(full_upper) == 1 else simple_title
    special = None
    if (full_lower != chr(simple_lower) or full_upper != chr(simple_upper) or full_title != chr(simple_title)
            or fold != full_lower):
        special = (full_lower, full_upper, full_title, fold)
    return props, decimal, digit, numeric, simple_lower - cp, simple_upper - cp, simple_title - cp, special


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), '..', 'kaa-core', 'src', 'main', 'resources', 'dev', 'kaa',
        'strings', 'unicode15.bin')
    numerics, numeric_index = [], {}
    specials, special_index = [], {}
    records, record_index = [], {}
    per_cp = []
    for cp in range(0x110000):
        props, decimal, digit, numeric, dl, du, dt, special = properties(cp)
        n = -1
        if numeric is not None:
            n = numeric_index.setdefault(numeric, len(numerics))
            if n == len(numerics):
                numerics.append(numeric)
        s = -1
        if special is not None:
            s = special_index.setdefault(special, len(specials))
            if s == len(specials):
                specials.append(special)
        record = (props, decimal, digit, n, dl, du, dt, s)
        r = record_index.setdefault(record, len(records))
        if r == len(records):
            records.append(record)
        per_cp.append(r)
    assert len(records) < 0x10000

    best = None
    for shift in range(3, 11):
        blocks, block_index, index1 = [], {}, []
        size = 1 << shift
        for start in range(0, 0x110000, size):
            block = tuple(per_cp[start:start + size])
            b = block_index.setdefault(block, len(blocks))
            if b == len(blocks):
                blocks.append(block)
            index1.append(b)
        cost = len(index1) + len(blocks) * size
        if best is None or cost < best[0]:
            best = (cost, shift, index1, [r for block in blocks for r in block])
    _, shift, index1, index2 = best

    data = bytearray()
    data += struct.pack('>ii', VERSION, len(CATEGORIES))
    for name in CATEGORIES:
        data += name.encode('ascii')
    data += struct.pack('>i', len(numerics))
    for value in numerics:
        data += struct.pack('>d', value)
    data += struct.pack('>i', len(specials))
    for special in specials:
        for text in special:
            data += struct.pack('>i', len(text)) + b''.join(struct.pack('>i', ord(ch)) for ch in text)
    data += struct.pack('>i', len(records))
    for record in records:
        data += struct.pack('>8i', *record)
    data += struct.pack('>ii', shift, len(index1)) + struct.pack('>%dH' % len(index1), *index1)
    data += struct.pack('>i', len(index2)) + struct.pack('>%dH' % len(index2), *index2)
    packed = zlib.compress(bytes(data), 9)
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, 'wb') as f:
        f.write(packed)
    print('%s: %d records, %d special casings, %d numeric values, shift %d, index %d+%d entries; %d bytes '
          '(%d uncompressed)' % (out_path, len(records), len(specials), len(numerics), shift, len(index1), len(index2),
                                 len(packed), len(data)))


if __name__ == '__main__':
    main()
