package dev.kaa.modules.bz2;

import dev.kaa.modules.compression.PushEncoder;
import dev.kaa.modules.posix.OsErrors;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import dev.kaa.objects.SubclassableObject;
import java.io.IOException;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * {@code _bz2.BZ2Compressor(compresslevel=9)}: data in, compressed bytes out as the encoder produces them (a block at
 * a time), the rest at {@code flush()}. The level is bzip2's block size in units of 100 kB.
 */
final class PyBz2Compressor extends SubclassableObject {
  static final PyType TYPE = new PyType("_bz2.BZ2Compressor", PyType.IMMUTABLE | PyType.BASETYPE,
      PyBz2Compressor.class, PyType.OBJECT);

  private final PushEncoder encoder = new PushEncoder();

  private PyBz2Compressor(PyType type, int level) {
    super(type);
    try {
      BZip2CompressorOutputStream bzip2 = new BZip2CompressorOutputStream(encoder.sink(), level);
      encoder.encodeWith(bzip2, bzip2::finish);
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Opt PyObject compresslevel) {
    long level = compresslevel == null ? 9 : Abstract.indexValue(compresslevel);
    if (level < 1 || level > 9) throw Errors.valueError("compresslevel must be between 1 and 9");
    return new PyBz2Compressor(cls, (int) level);
  }

  @PyMethod PyObject compress(PyObject data) {
    try {
      return new PyBytes(encoder.compress(Buffers.required(data)));
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  @PyMethod PyObject flush() {
    try {
      return new PyBytes(encoder.flush());
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  @PyMethod("__reduce__") PyObject reduce() { throw Errors.typeError("cannot pickle '%s' object", type().name()); }
}
