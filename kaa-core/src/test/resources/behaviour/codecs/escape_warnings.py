# The escape decoders warn (DeprecationWarning) about the first unknown or out-of-range escape.
import codecs
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(codecs.unicode_escape_decode(b'\\q\\777'), codecs.escape_decode(b'\\8\\400'))
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
