# A small catalogue read and written through the standard library's XML modules, all over pyexpat:
# ElementTree (parse, iterparse, XMLPullParser, namespaces, errors), minidom, SAX, plistlib and xmlrpc's marshalling.
import io
import plistlib
import xml.dom.minidom
import xml.etree.ElementTree as ET
import xml.sax
import xml.sax.handler
import xmlrpc.client

CATALOGUE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE catalogue [
  <!ENTITY publisher "Snake &amp; Sons">
]>
<catalogue xmlns="urn:books" xmlns:p="urn:price">
  <!-- prices in euro -->
  <book id="b1" lang="en">
    <title>Dive &amp; Swim</title>
    <author>A. Writer</author>
    <p:price currency="EUR">12.50</p:price>
    <publisher>&publisher;</publisher>
  </book>
  <book id="b2" lang="fr">
    <title><![CDATA[Le <petit> livre]]></title>
    <author>B. Auteur</author>
    <p:price currency="EUR">8.00</p:price>
  </book>
  <?index rebuild?>
</catalogue>
"""

NS = {'b': 'urn:books', 'p': 'urn:price'}

print('-- ElementTree')
root = ET.fromstring(CATALOGUE)
print(root.tag, len(root))
for book in root.findall('b:book', NS):
    price = book.find('p:price', NS)
    print(book.get('id'), book.get('lang'), repr(book.findtext('b:title', namespaces=NS)),
          price.text, price.attrib, repr(book.findtext('b:publisher', default='-', namespaces=NS)))
total = sum(float(p.text) for p in root.iterfind('.//p:price', NS))
print('total', total)

tree = ET.ElementTree(ET.fromstring('<inventory><item sku="1" qty="3"/><item sku="2" qty="0"/></inventory>'))
for item in tree.getroot():
    item.set('in_stock', 'yes' if int(item.get('qty')) else 'no')
ET.SubElement(tree.getroot(), 'note').text = 'counted <today> & checked'
buf = io.BytesIO()
tree.write(buf, encoding='utf-8', xml_declaration=True)
print(buf.getvalue().decode())
print(ET.tostring(ET.fromstring(buf.getvalue())).decode())

print('-- iterparse and the pull parser')
events = []
for event, elem in ET.iterparse(io.BytesIO(CATALOGUE.encode()), events=('start', 'end', 'start-ns', 'end-ns')):
    if event in ('start-ns', 'end-ns'):
        events.append((event, elem))
    elif elem.tag.endswith('book'):
        events.append((event, elem.tag, elem.get('id')))
print(events)
pull = ET.XMLPullParser(events=('start', 'end', 'comment', 'pi'))
for i in range(0, len(CATALOGUE), 37):
    pull.feed(CATALOGUE[i:i + 37])
    for event, elem in pull.read_events():
        if event in ('comment', 'pi'):
            print(event, repr(elem.text))
        elif event == 'end' and elem.tag.endswith('title'):
            print(event, repr(elem.text))
pull.close()

print('-- errors')
for bad in ['<a><b></a>', '<a>', '<a/><b/>', '<a x="1" x="2"/>', '<a>&nbsp;</a>', 'text', '<a>\x01</a>']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), '->', e, e.code, e.position)

print('-- minidom')
dom = xml.dom.minidom.parseString(CATALOGUE)
books = dom.getElementsByTagNameNS('urn:books', 'book')
print(len(books), [b.getAttribute('id') for b in books])
title = books[1].getElementsByTagName('title')[0]
print([n.nodeType for n in title.childNodes], repr(title.firstChild.data))
print(dom.doctype.name, [n.nodeName for n in dom.documentElement.childNodes if n.nodeType != n.TEXT_NODE])
small = xml.dom.minidom.parseString('<r><x a="1">t</x><!--c--><?p d?></r>')
print(small.toprettyxml(indent='  '))

print('-- SAX')


class Counter(xml.sax.handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.elements = {}
        self.text = []
        self.ns = []

    def startPrefixMapping(self, prefix, uri):
        self.ns.append((prefix, uri))

    def startElementNS(self, name, qname, attrs):
        self.elements[name] = self.elements.get(name, 0) + 1
        if attrs.getLength():
            print('attrs', name, sorted(attrs.items()))

    def characters(self, content):
        if content.strip():
            self.text.append(content.strip())


handler = Counter()
parser = xml.sax.make_parser()
parser.setFeature(xml.sax.handler.feature_namespaces, True)
parser.setContentHandler(handler)
parser.parse(io.BytesIO(CATALOGUE.encode()))
print(sorted(handler.elements.items()))
print(handler.ns)
print(handler.text)
try:
    xml.sax.parseString(b'<a><b></a>', xml.sax.handler.ContentHandler())
except xml.sax.SAXParseException as e:
    print('SAXParseException:', e.getMessage(), e.getLineNumber(), e.getColumnNumber())

print('-- plistlib')
data = {'name': 'Kaa', 'version': [3, 12], 'ratio': 1.5, 'ok': True, 'blob': b'\x00\x01', 'nested': {'a': 'é & <b>'}}
text = plistlib.dumps(data)
print(text.decode())
print(plistlib.loads(text) == data, plistlib.loads(text))

print('-- xmlrpc marshalling')
request = xmlrpc.client.dumps((42, 'hi & bye', [1.5, True], {'k': None}), 'demo.call', allow_none=True)
print(request)
print(xmlrpc.client.loads(request))
try:
    xmlrpc.client.loads(xmlrpc.client.dumps(xmlrpc.client.Fault(4, 'Too many parameters.'), methodresponse=True))
except xmlrpc.client.Fault as f:
    print('Fault', f.faultCode, f.faultString)
