package dev.kaa.modules.bz2;

import dev.kaa.modules.compression.PullDecoder;
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
import dev.kaa.objects.SubclassableObject;
import java.io.IOException;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * {@code _bz2.BZ2Decompressor()}: one bzip2 stream, fed in pieces ({@link PullDecoder} runs Commons Compress's
 * decoder as a coroutine), with {@code max_length}, {@code eof}, {@code unused_data} (what followed the stream) and
 * {@code needs_input} as CPython's. Bad data is {@code OSError("Invalid data stream")}, libbzip2's BZ_DATA_ERROR.
 */
final class PyBz2Decompressor extends SubclassableObject {
  static final PyType TYPE = new PyType("_bz2.BZ2Decompressor", PyType.IMMUTABLE | PyType.BASETYPE,
      PyBz2Decompressor.class, PyType.OBJECT);

  private final PullDecoder decoder = new PullDecoder(in -> new BZip2CompressorInputStream(in, false));

  private PyBz2Decompressor(PyType type) {
    super(type);
    decoder.abandonWith(this);
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls) { return new PyBz2Decompressor(cls); }

  @PyMethod(positionalOnly = 0) PyObject decompress(PyObject data, @PyMethod.Opt PyObject max_length) {
    byte[] in = Buffers.required(data);
    long max = max_length == null ? -1 : Abstract.indexValue(max_length);
    if (decoder.finished()) throw Errors.of(ExceptionTypes.EOFError, "End of stream already reached");
    decoder.feed(in);
    byte[] out;
    try {
      out = decoder.take(max);
    } catch (IOException e) {
      throw Errors.of(ExceptionTypes.OSError, "Invalid data stream");
    }
    return new PyBytes(out);
  }

  @PyGetter("eof") PyObject eof() { return PyBool.of(decoder.finished()); }

  @PyGetter("unused_data") PyObject unusedData() { return new PyBytes(decoder.unusedData()); }

  @PyGetter("needs_input") PyObject needsInput() { return PyBool.of(decoder.needsInput()); }

  @PyMethod("__reduce__") PyObject reduce() { throw Errors.typeError("cannot pickle '%s' object", type().name()); }
}
