package dev.kaa.modules.zlib;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/**
 * {@code zlib._ZlibDecompressor} (3.12, what gzip reads with): the bz2/lzma decompressor interface — input it could
 * not use yet is kept inside, {@code needs_input} tells whether more is wanted, EOFError after the end.
 */
final class PyZlibDecompressor extends PyObject {
  static final PyType TYPE = new PyType("zlib._ZlibDecompressor", PyType.IMMUTABLE, PyZlibDecompressor.class,
      PyType.OBJECT);

  private final InflateStream stream;
  private byte[] buffered = new byte[0];
  private byte[] unusedData = new byte[0];
  private boolean needsInput = true;

  private PyZlibDecompressor(InflateStream stream) { this.stream = stream; }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, @PyMethod.Opt PyObject wbits, @PyMethod.Opt PyObject zdict) {
    byte[] dict = zdict == null ? null : Buffers.required(zdict);
    return new PyZlibDecompressor(InflateStream.open(ZlibModule.intArg(wbits, 15), dict));
  }

  @PyGetter("eof") PyObject eof() { return PyBool.of(stream.finished()); }

  @PyGetter("unused_data") PyObject unusedData() { return new PyBytes(unusedData); }

  @PyGetter("needs_input") PyObject needsInput() { return PyBool.of(needsInput); }

  @PyMethod(positionalOnly = 1) PyObject decompress(PyObject data, @PyMethod.Opt PyObject max_length) {
    byte[] in = Buffers.required(data);
    if (stream.finished()) throw Errors.of(ExceptionTypes.EOFError, "End of stream already reached");
    long max = max_length == null ? -1 : Abstract.indexValue(max_length);
    byte[] input = ZlibModule.concat(buffered, in);
    byte[] out = max == 0 ? new byte[0] : stream.inflate(input, max < 0 ? -1 : max);
    byte[] left = max == 0 ? input : stream.remaining;
    if (stream.finished()) {
      unusedData = left;
      buffered = new byte[0];
      needsInput = false;
    } else {
      buffered = left;
      needsInput = left.length == 0 && (max < 0 || out.length < max);
    }
    return new PyBytes(out);
  }
}
