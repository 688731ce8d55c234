# zlib: the three formats by wbits, streaming objects (unconsumed_tail, unused_data, eof), _ZlibDecompressor, flush modes, CPython's messages
import zlib
def t(f, *a, **k):
    try: r = f(*a, **k); print(repr(r)[:120])
    except Exception as e: print(type(e).__name__, e)
d = b'hello world ' * 10
c = zlib.compress(d)
t(zlib.compress, d); t(zlib.compress, d, 1); t(zlib.compress, d, wbits=-15); t(zlib.compress, d, wbits=31); t(zlib.compress, d, 9, 31); t(zlib.compress, d, 1, 31)
t(zlib.compress, d, 10); t(zlib.compress, d, -2); t(zlib.compress, d, wbits=7); t(zlib.compress, d, wbits=16); t(zlib.compress, d, wbits=40); t(zlib.compress, 'x')
t(zlib.decompress, b'garbage'); t(zlib.decompress, c[:-3]); t(zlib.decompress, c[:10]); t(zlib.decompress, c, wbits=-15); t(zlib.decompress, c, wbits=31); t(zlib.decompress, c, wbits=47); t(zlib.decompress, c, wbits=7)
t(zlib.decompress, c + b'extra'); t(zlib.decompress, c, bufsize=-1); t(zlib.decompress, c, bufsize=0); t(zlib.decompress, b'')
g = zlib.compress(d, wbits=31); t(zlib.decompress, g, wbits=47); t(zlib.decompress, g, wbits=31); t(zlib.decompress, g); t(zlib.decompress, g[:-1], wbits=31); t(zlib.decompress, g[:-8] + b'\0'*8, wbits=31)
t(zlib.compressobj, 10); t(zlib.compressobj, method=9); t(zlib.compressobj, wbits=5); t(zlib.compressobj, memLevel=10); t(zlib.compressobj, strategy=9); t(zlib.decompressobj, wbits=5); t(zlib.decompressobj, zdict=1)
co = zlib.compressobj(); x = co.compress(d); print(x, co.flush(zlib.Z_SYNC_FLUSH)[-4:]); y = co.flush(); print(len(y)); t(co.compress, b'a'); t(co.flush); t(co.flush, zlib.Z_NO_FLUSH)
do = zlib.decompressobj(); print(do.decompress(c + b'tail', 10), do.unconsumed_tail[:5], do.eof, do.unused_data); print(do.decompress(do.unconsumed_tail), do.eof, do.unused_data, do.unconsumed_tail)
t(do.decompress, b'more'); print(do.unused_data); t(do.flush); t(do.decompress, b'', -1); t(do.flush, 0)
do = zlib.decompressobj(); t(do.decompress, b'garbage'); t(do.flush)
do = zlib.decompressobj(); print(do.decompress(c[:20]), do.eof); print(do.flush(), do.eof)
t(zlib.adler32, b'abc'); t(zlib.adler32, b'abc', 5); t(zlib.crc32, b'abc', 5); t(zlib.adler32, b'abc', -1)
zd = b'hello world'; co = zlib.compressobj(zdict=zd); z = co.compress(d) + co.flush(); t(zlib.decompress, z); do = zlib.decompressobj(zdict=zd); print(do.decompress(z) == d)
t(zlib.decompressobj().decompress, z)
c = zlib.compress(bytes(range(256)) * 4); zd2 = zlib._ZlibDecompressor(); print(zd2.decompress(c[:30]), zd2.needs_input, zd2.eof); print(zd2.decompress(c[30:] + b'xx', 5), zd2.needs_input); print(zd2.decompress(b'', 1000), zd2.eof, zd2.unused_data, zd2.needs_input); t(zd2.decompress, b'a')
print(zlib.error.__module__, zlib.error.__mro__)
co = zlib.compressobj(wbits=31); print(co.compress(b'abc') + co.flush())
co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED); print(co.compress(d) + co.flush())
co = zlib.compressobj(); print(co.compress(b'ab'), co.flush(zlib.Z_FULL_FLUSH), co.flush(zlib.Z_SYNC_FLUSH), co.compress(b'cd'), co.flush(zlib.Z_FINISH))
big = bytes(range(256)) * 400 + b'abc' * 10000
for wb in (15, -15, 31):
    z = zlib.compress(big, 6, wb); print(wb, len(z), zlib.decompress(z, wb) == big, zlib.decompress(z, 47 if wb > 0 and wb != 9 else wb) == big if wb != 9 else '')
do = zlib.decompressobj(31); out = b''
z = zlib.compress(big, 9, 31)
for i in range(0, len(z), 1000): out += do.decompress(z[i:i+1000], 3000) + do.decompress(do.unconsumed_tail)
print(out == big, do.eof)
print([zlib.ZLIB_VERSION[:2], zlib.MAX_WBITS, zlib.Z_FINISH])
