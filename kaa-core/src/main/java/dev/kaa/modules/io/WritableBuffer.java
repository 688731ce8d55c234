package dev.kaa.modules.io;

import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyObject;
import java.util.Arrays;

/**
 * The target of a {@code readinto}: a writable bytes-like object (bytearray, a writable memoryview, array.array),
 * written through {@link Buffers#writeInto}, so every exporter Kaa has is served by one path.
 */
final class WritableBuffer {
  private final PyObject target;
  private final int length;

  private WritableBuffer(PyObject target, int length) {
    this.target = target;
    this.length = length;
  }

  /** {@code buffer} as a readinto target: "readinto() argument must be read-write bytes-like object" otherwise. */
  static WritableBuffer of(PyObject buffer) {
    int length = Buffers.writableLength(buffer);
    if (length < 0) {
      throw Errors.typeError("readinto() argument must be read-write bytes-like object, not %s",
          buffer.type().name());
    }
    return new WritableBuffer(buffer, length);
  }

  int length() { return length; }

  /** Copies {@code count} bytes of {@code src} from {@code offset} to the start of the buffer. */
  void write(byte[] src, int offset, int count) {
    Buffers.writeInto(target, 0, offset == 0 ? src : Arrays.copyOfRange(src, offset, offset + count), count);
  }
}
