package dev.kaa.modules.zlib;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/**
 * {@code zlib.Decompress}, what {@code decompressobj()} returns: input beyond {@code max_length}'s output waits in
 * {@code unconsumed_tail} for the caller to pass again; input after the end of the stream collects in
 * {@code unused_data}.
 */
final class PyDecompress extends PyObject {
  static final PyType TYPE = new PyType("zlib.Decompress", PyType.IMMUTABLE, PyDecompress.class, PyType.OBJECT);

  private final InflateStream stream;
  private byte[] unusedData = new byte[0];
  private byte[] unconsumedTail = new byte[0];

  PyDecompress(InflateStream stream) { this.stream = stream; }

  @Override public PyType type() { return TYPE; }

  @PyGetter("unused_data") PyObject unusedData() { return new PyBytes(unusedData); }

  @PyGetter("unconsumed_tail") PyObject unconsumedTail() { return new PyBytes(unconsumedTail); }

  @PyGetter("eof") PyObject eof() { return PyBool.of(stream.finished()); }

  @PyMethod(positionalOnly = 1) PyObject decompress(PyObject data, @PyMethod.Opt PyObject max_length) {
    byte[] in = Buffers.required(data);
    long max = max_length == null ? 0 : Abstract.indexValue(max_length);
    if (max < 0) throw Errors.valueError("max_length must be non-negative");
    byte[] out = stream.inflate(in, max == 0 ? -1 : max);
    keepUnconsumed();
    return new PyBytes(out);
  }

  /** As CPython's save_unconsumed_input: after the end, leftovers are unused data; they are the tail in any case. */
  private void keepUnconsumed() {
    byte[] left = stream.remaining;
    if (stream.finished() && left.length > 0) unusedData = ZlibModule.concat(unusedData, left);
    if (left.length > 0 || unconsumedTail.length > 0) unconsumedTail = left;
  }

  @PyMethod PyObject flush(@PyMethod.Opt PyObject length) {
    if (length != null && Abstract.indexValue(length) <= 0) throw Errors.valueError("length must be greater than zero");
    byte[] out;
    try {
      out = stream.inflate(unconsumedTail, -1);
    } catch (PyException e) {
      if (unconsumedTail.length > 0) throw e;
      return PyBytes.EMPTY;  // nothing left to give: a stream already in error flushes to nothing, as zlib's
    }
    byte[] left = stream.remaining;
    if (stream.finished() && left.length > 0) unusedData = ZlibModule.concat(unusedData, left);
    unconsumedTail = new byte[0];
    return new PyBytes(out);
  }
}
