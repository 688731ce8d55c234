# The events pyexpat reports and where: character data in expat's pieces, chunked input, CDATA, entities, DTDs.
from _trace import run

docs = [
    '<a/>',
    '<a>ab\ncd\r\nef&amp;&#65;&#x42;g</a>',
    '<?xml version="1.0"?>\n<!-- c --><a x="1" y=\'2\'><?pi data?><b/>t<![CDATA[x<y]]></a>\n<!--e-->',
    '<a>\t x &lt; </a>  \n',
    '<?xml version="1.0" encoding="iso-8859-1" standalone="yes"?><a/>',
    '<a b="x&#10;y\tz\n"/>',
    '<a\n  b = "1"\n/>',
    '<!DOCTYPE a [<!ENTITY e "val<b/>">]><a>&e;</a>',
    '<!DOCTYPE a SYSTEM "a.dtd"><a>&e;</a>',
    '<!DOCTYPE a [<!ENTITY e "1&lt;2">]><a x="&e;">&e;</a>',
    '<!DOCTYPE a [<!ENTITY e SYSTEM "x">]><a>&e;</a>',
    '<!DOCTYPE a [<!NOTATION n SYSTEM "x"><!ENTITY u SYSTEM "f" NDATA n><!ENTITY % p "pv">'
    '<!ENTITY ext PUBLIC "pub" "sys">]><a/>',
    '<!DOCTYPE a [<!ELEMENT a (#PCDATA|b)*><!ELEMENT b EMPTY><!ELEMENT c ((a,b?)|c+)*>'
    '<!ATTLIST a x CDATA #IMPLIED y (m|n) "m" z NOTATION (n) #REQUIRED w CDATA #FIXED "f">]><a/>',
    '<!DOCTYPE a [<!ATTLIST a t NMTOKENS #IMPLIED>]><a t="  x   y  "/>',
]
for d in docs:
    print(repr(d))
    run(d)
for d in docs[1:3]:
    for size in (1, 3):
        print('in chunks of', size, repr(d))
        run(d, chunks=size)

print('default handler only')
run('<?xml version="1.0"?>\n<a/>\n<?pi x?>', handlers=['DefaultHandler'])
run('<!DOCTYPE a PUBLIC "p" "s"><a x="&amp;"><!--c-->t&amp;</a>', handlers=['DefaultHandler'])
run('<!DOCTYPE a [<!ENTITY e "v">]><a>&e;</a>', handlers=['DefaultHandler', 'CharacterDataHandler'])

print('buffer_text')
import pyexpat
p = pyexpat.ParserCreate()
p.buffer_text = True
print(p.buffer_size, p.buffer_used)
out = []
p.CharacterDataHandler = lambda d: out.append((d, p.buffer_used))
p.Parse('<a>ab\ncd&amp;', False)
print(out, p.buffer_used)
p.Parse('ef</a>', True)
print(out)
