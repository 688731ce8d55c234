package dev.kaa.modules.zlib;

import dev.kaa.objects.Buffers;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/** {@code zlib.Compress}, what {@code compressobj()} returns. */
final class PyCompress extends PyObject {
  static final PyType TYPE = new PyType("zlib.Compress", PyType.IMMUTABLE, PyCompress.class, PyType.OBJECT);

  private final DeflateStream stream;

  PyCompress(DeflateStream stream) { this.stream = stream; }

  @Override public PyType type() { return TYPE; }

  @PyMethod PyObject compress(PyObject data) {
    byte[] in = Buffers.required(data);
    if (stream.isDone()) throw ZlibModule.error("Error -2 while compressing data: inconsistent stream state");
    return new PyBytes(stream.compress(in));
  }

  @PyMethod PyObject flush(@PyMethod.Opt PyObject mode) {
    int how = ZlibModule.intArg(mode, 4);
    if (how == 0) return PyBytes.EMPTY;
    if (stream.isDone()) throw ZlibModule.error("Error -2 while flushing: inconsistent stream state");
    return new PyBytes(how == 4 ? stream.finish() : stream.flush(how));
  }
}
