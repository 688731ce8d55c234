# Well-formedness errors: expat's codes, messages and positions, also when the input comes in pieces.
import pyexpat
from _trace import run

docs = ['', '<a>', '<a></b>', '<a/><b/>', '<a x="1" x="2"/>', '<a>&foo;</a>', '<a><', '<a b', 'abc', 'foobar<',
        'foo<', '<a>é<</a>', '<a>😀<</a>', '<a>&#0;</a>', '<a>&#xD800;</a>', '<a>\x01</a>', '<a b="<"/>',
        '<a>]]></a>', '<1/>', '<a></a >', '<a>x</a>y', '<a>abc', '<?xml version="1.0" foo="x"?><a/>',
        '<?xml version="1.0"?><?xml version="1.0"?><a/>', '<a><?xml version="1.0"?></a>', '<a><!-- a -- b --></a>',
        '<a x="1"y="2"/>', '<a x/>', '<a/ >', '<!DOCTYPE a><!DOCTYPE b><a/>', '<a>&#x110000;</a>', '<a>&#65</a>',
        '<!DOCTYPE a [<!ENTITY e "&e;">]><a>&e;</a>', '<!DOCTYPE a [<!ENTITY e "<b>">]><a>&e;</b></a>',
        '<!DOCTYPE a [<!ENTITY e SYSTEM "x">]><a x="&e;"/>', '<', '<?', '<!DOCTYPE', '<!DOCTYPE a', '<a><![CDATA[x',
        '<a>&', '<a></', '<a b="', '\n\n  x', '<a/>\n  x', '<!DOCTYPE a [<!ENTITY', '<!DOCTYPE a []',
        '<!DOCTYPE a [] x>']
for d in docs:
    print(repr(d))
    run(d)
print('declarations and attribute values')
for d in ['<a x="&foo;"/>', '<!DOCTYPE a [<!ENTITY e "<">]><a x="1" y="&e;"/>',
          '<!DOCTYPE a [<!ENTITY e "&e;">]><a x="1" y="&e;"/>', '<!DOCTYPE a [<!ENTITY e SYSTEM "u">]><a y="&e;"/>',
          '<?xml version="1.0" encoding="a b"?><a/>', '<?xml version="1.0" standalone="maybe"?><a/>',
          '<?xml version="1.0"encoding="x"?><a/>', '<?xml version = "1.0" ?><a/>', '<?xml encoding="utf-8"?><a/>',
          '<?xml version="1.0" standalone="yes" encoding="utf-8"?><a/>', '<?xml version="1.0" version="1.0"?><a/>',
          '<?xml version=1.0?><a/>', '<?xml version="1.0?><a/>', '<!DOCTYPE a [<!FOO x>]><a/>',
          '<!DOCTYPE a [<!EN,TITY x>]><a/>', '<!DOCTYPE a [<!NOTA(TION x>]><a/>', '<!FOO x><a/>', '<!DOCTYPEx a><a/>',
          '<!DOCTYPE a [<!ENT', '<!1>']:
    print(repr(d))
    run(d)
print('chunked')
for d in ['<a>ab<c></a>', '<root>\n  <x y="1">text</x>\n</rot>']:
    run(d, chunks=2)
print('bytes')
for d in [b'<a>\xc3</a>', b'<a>\xc3', b'<a>\xff</a>', b'\0\r\n']:
    run(d)

p = pyexpat.ParserCreate()
p.Parse('<a/>', True)
try:
    p.Parse('<b/>', True)
except pyexpat.ExpatError as e:
    print(e, e.code, pyexpat.ErrorString(e.code))
print(pyexpat.ErrorString(0), pyexpat.errors.XML_ERROR_SYNTAX, pyexpat.errors.codes['mismatched tag'],
      pyexpat.errors.messages[9])
print(pyexpat.ExpatError is pyexpat.error, pyexpat.ExpatError.__module__, pyexpat.EXPAT_VERSION, pyexpat.version_info)
