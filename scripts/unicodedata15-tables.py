#!/usr/bin/env python3.12
"""Writes the Unicode 15.0 properties of unicodedata that Kaa's other tables lack (kaa-core resource
dev/kaa/modules/unicodedata/ucd15.bin): bidirectional class, canonical combining class, East Asian width, mirrored
and decomposition, as python3.12's unicodedata answers them, so they agree with CPython by construction.

Format: zlib-compressed UTF-8 text, one section per property, a line "@NAME DEFAULT" then one line per run of code
points with the same non-default value: "START END VALUE" (hex code points, inclusive), or for decomposition one
line per code point "CP VALUE".

Usage: scripts/unicodedata15-tables.py [output]   (default: the resource path in kaa-core)
"""
import os
import sys
import unicodedata
import zlib

assert sys.version_info[:2] == (3, 12), "run with python3.12"
assert unicodedata.unidata_version == '15.0.0', unicodedata.unidata_version

PROPERTIES = [
    ('bidirectional', unicodedata.bidirectional, ''),
    ('combining', lambda c: str(unicodedata.combining(c)), '0'),
    ('east_asian_width', unicodedata.east_asian_width, 'N'),
    ('mirrored', lambda c: str(unicodedata.mirrored(c)), '0'),
]


def runs(prop, default):
    out = []
    start, value = None, None
    for cp in range(0x110001):
        v = prop(chr(cp)) if cp <= 0x10FFFF else None
        if v != value:
            if value is not None and value != default:
                out.append('%x %x %s' % (start, cp - 1, value))
            start, value = cp, v
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(here, '..', 'kaa-core', 'src', 'main', 'resources', 'dev', 'kaa', 'modules',
                               'unicodedata', 'ucd15.bin')
    target = sys.argv[1] if len(sys.argv) > 1 else default_out
    lines = []
    for name, prop, default in PROPERTIES:
        lines.append('@%s %s' % (name, default))
        lines.extend(runs(prop, default))
    lines.append('@decomposition -')
    for cp in range(0x110000):
        d = unicodedata.decomposition(chr(cp))
        if d:
            lines.append('%x %s' % (cp, d))
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, 'wb') as f:
        f.write(zlib.compress(('\n'.join(lines) + '\n').encode('utf-8'), 9))
    print(target, os.path.getsize(target), 'bytes')


main()
