package dev.kaa.objects;

/**
 * The buffer protocol, as far as Kaa's built-in types export one: bytes, bytearray, memoryview and any
 * {@link BufferExporter} (array.array) hand out their bytes, so {@code bytes(memoryview(x))}, {@code b'a' + bytearray(b'b')} and {@code str(buf, 'ascii')} accept any of
 * them.
 */
public final class Buffers {
  private Buffers() {}

  /**
   * The bytes {@code o} exports, or null when it exports none. A bytes object's own array is returned (callers must
   * not write to it); others are copies.
   */
  public static byte[] bytesOrNull(PyObject o) {
    if (o instanceof PyBytesLike b) return b.bytesView();
    if (o instanceof PyMemoryView m) return m.toByteArray();
    if (o instanceof BufferExporter e) return java.util.Arrays.copyOf(e.bufferBytes(), e.bufferLength());
    return null;
  }

  /** The exported bytes of an argument that must have some: "a bytes-like object is required, not 'str'". */
  public static byte[] required(PyObject o) {
    byte[] data = bytesOrNull(o);
    if (data == null) throw Errors.typeError("a bytes-like object is required, not '%s'", o.type().name());
    return data;
  }

  /**
   * Writes {@code count} bytes of {@code data} into a writable buffer at {@code offset}, through slice assignment, so
   * every writable exporter (bytearray, memoryview, array.array) is served by one path: readinto, recv_into, pack_into.
   */
  public static void writeInto(PyObject target, int offset, byte[] data, int count) {
    if (count == 0) return;
    if (target instanceof BufferExporter e && !(target instanceof PyBytesLike)) {
      if (offset + count > e.bufferLength()) throw Errors.valueError("buffer too small");
      System.arraycopy(data, 0, e.bufferBytes(), offset, count);  // an exporter's items take raw bytes (array.array)
      return;
    }
    byte[] part = count == data.length ? data : java.util.Arrays.copyOf(data, count);
    Abstract.setItem(target, new PySlice(PyInt.of(offset), PyInt.of(offset + count), PyNone.NONE), new PyBytes(part));
  }

  /**
   * The length in bytes of a writable buffer (bytearray, a writable memoryview, array.array), or -1 when {@code o}
   * is none.
   */
  public static int writableLength(PyObject o) {
    if (o instanceof PyByteArray b) return b.size();
    if (o instanceof PyMemoryView m) return m.writableLength();
    if (o instanceof BufferExporter e && !(o instanceof PyBytes)) return e.bufferLength();
    return -1;
  }

  /** True when {@code o} exports a buffer. */
  public static boolean exports(PyObject o) {
    return o instanceof PyBytesLike || o instanceof PyMemoryView || o instanceof BufferExporter;
  }
}
