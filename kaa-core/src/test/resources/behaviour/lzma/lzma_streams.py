# _lzma and the lzma module over it: the .xz, .lzma and raw formats, checks, filter chains (delta, BCJ), presets,
# incremental decompression with max_length, filter properties, LZMAFile, and the errors with liblzma's messages.
import io
import lzma

text = b"".join(b"record %05d: some text that compresses well\n" % i for i in range(600))
for fmt, name in [(lzma.FORMAT_XZ, "xz"), (lzma.FORMAT_ALONE, "alone")]:
    data = lzma.compress(text, format=fmt)
    print(name, lzma.decompress(data) == text, lzma.decompress(data, format=fmt) == text, data[:2].hex())

for check in [lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256]:
    d = lzma.LZMADecompressor()
    print("check", check, d.check, d.decompress(lzma.compress(b"abc", check=check)), d.check, d.eof)

filters = [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2, "preset": 1}]
for fmt in [lzma.FORMAT_XZ, lzma.FORMAT_RAW]:
    data = lzma.compress(text, format=fmt, filters=filters)
    print("chain", fmt, lzma.decompress(data, format=fmt, filters=filters if fmt == lzma.FORMAT_RAW else None) == text)
raw1 = [{"id": lzma.FILTER_LZMA1, "dict_size": 1 << 20, "lc": 2, "lp": 1, "pb": 1}]
data = lzma.compress(text, format=lzma.FORMAT_RAW, filters=raw1)
print("raw lzma1", lzma.decompress(data, format=lzma.FORMAT_RAW, filters=raw1) == text)
data = lzma.compress(text, format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA1, "preset": 3}])
print("alone lzma1", lzma.decompress(data) == text)
for preset in [0, 3, 6 | lzma.PRESET_EXTREME]:
    print("preset", preset, lzma.decompress(lzma.compress(text[:20000], preset=preset)) == text[:20000])

data = lzma.compress(text)
d = lzma.LZMADecompressor()
out = [d.decompress(data[i:i + 200]) for i in range(0, len(data), 200)]
print("pieces:", b"".join(out) == text, d.eof, d.needs_input, d.unused_data)
d = lzma.LZMADecompressor()
first = d.decompress(data + b"tail", 1000)
print("max_length:", len(first), d.needs_input, d.eof)
while not d.eof:
    first += d.decompress(b"", 50000)
print("drained:", first == text, d.unused_data)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError", e)
print("two streams:", lzma.decompress(lzma.compress(b"a") + lzma.compress(b"b")))

print(lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1}), lzma._encode_filter_properties({"id": lzma.FILTER_LZMA2}),
      lzma._encode_filter_properties({"id": lzma.FILTER_DELTA, "dist": 3}),
      lzma._encode_filter_properties({"id": lzma.FILTER_X86, "start_offset": 5}),
      lzma._encode_filter_properties({"id": lzma.FILTER_LZMA2, "dict_size": 100000}))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA1, b"]\x00\x00\x80\x00"),
      lzma._decode_filter_properties(lzma.FILTER_LZMA2, b"\x16"), lzma._decode_filter_properties(lzma.FILTER_DELTA, b"\x02"),
      lzma._decode_filter_properties(lzma.FILTER_X86, b"\x05\0\0\0"))
print([lzma.is_check_supported(c) for c in (0, 1, 2, 4, 10, 15)])

for call in [lambda: lzma.LZMACompressor(format=9), lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW),
             lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32),
             lambda: lzma.LZMACompressor(preset=1, filters=[]), lambda: lzma.decompress(b"garbage" * 3),
             lambda: lzma.LZMADecompressor(format=lzma.FORMAT_XZ).decompress(b"garbage!" * 3),
             lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW),
             lambda: lzma.LZMADecompressor(format=lzma.FORMAT_XZ, filters=[]),
             lambda: lzma.LZMACompressor(filters=[{"x": 1}]), lambda: lzma.LZMACompressor(filters=[1]),
             lambda: lzma.LZMACompressor(filters=[{"id": 99}]),
             lambda: lzma.LZMADecompressor(memlimit=1024).decompress(lzma.compress(b"abc")),
             lambda: lzma.LZMACompressor(preset=10),
             lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA2}]),
             lambda: lzma.LZMADecompressor(format=9), lambda: lzma.decompress(lzma.compress(text)[:-20]),
             lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2}] * 5)]:
    try:
        print(call())
    except (lzma.LZMAError, ValueError, TypeError, EOFError) as e:
        print(type(e).__name__, e)

buf = io.BytesIO()
with lzma.LZMAFile(buf, "w") as f:
    f.write(text)
buf.seek(0)
with lzma.open(buf, "rb") as f:
    print(f.read(20), f.readline(), len(f.read()) + 20 + 45 == len(text))
