# Namespace processing: expanded names, the declaration events and their order, prefixes kept, errors.
from _trace import run

doc = '<x:a xmlns:x="u" xmlns="d" b="1" x:c="2"><b/></x:a>'
run(doc)
run(doc, ns=' ')
run(doc, ns='}', namespace_prefixes=True, ordered_attributes=True)
run('<a xmlns:x="u"><x:b x:c="1" c="2"/></a>', ns='!')
run('<a xmlns="u"><b xmlns=""/></a>', ns='!')
run('<a xml:lang="en"/>', ns='!')
for bad in ['<a x:y="1"/>', '<x:a/>', '<a xmlns:x=""/>', '<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>',
            '<a xmlns:xmlns="u"/>', '<a xmlns:xml="u"/>']:
    print(repr(bad))
    run(bad, ns='!')

import pyexpat
try:
    pyexpat.ParserCreate(namespace_separator='ab')
except ValueError as e:
    print('ValueError:', e)
