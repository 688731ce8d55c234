# Input encodings: byte order marks, the XML declaration's encoding, ParserCreate's, str input; byte positions.
import pyexpat
from _trace import run

run('\ufeff<a>x<</a>'.encode('utf-8'))
run('<a>x<</a>'.encode('utf-16'))
run(b'<a>\x80\xe9</a>', enc='cp1252')
run(b'<?xml version="1.0" encoding="cp1252"?><a>\x80</a>')
run(b'<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>')
run('<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>')
run('<?xml version="1.0" encoding="utf-16"?><a>\xe9</a>'.encode('utf-16'))
run('<a>\xe9\u20ac\U0001f600</a>'.encode('utf-8'), chunks=1)
run('<a>\xe9\u20ac</a>'.encode('utf-16-le'), enc='UTF-16LE', chunks=3)
run(b'<?xml version="1.0" encoding="us-ascii"?><a>\xe9</a>')
try:
    run(b'<a>\xe9</a>', enc='no-such-codec')
except LookupError as e:
    print('LookupError:', e)

# data beyond 1024 UTF-8 bytes in a converted encoding comes in pieces, as expat converts it
p = pyexpat.ParserCreate()
pieces = []
p.CharacterDataHandler = lambda d: pieces.append(len(d))
p.Parse(b"<?xml version='1.0' encoding='iso8859'?><s>" + b'a' * 1025 + b'\xe9' * 600 + b'</s>', True)
print(pieces)
