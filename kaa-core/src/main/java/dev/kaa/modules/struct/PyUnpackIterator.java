package dev.kaa.modules.struct;

import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code _struct.unpack_iterator}: what {@code iter_unpack} returns; one tuple per {@code size} bytes. */
final class PyUnpackIterator extends PyObject implements IterNext {
  static final PyType TYPE = new PyType("_struct.unpack_iterator", PyType.IMMUTABLE, PyUnpackIterator.class,
      PyType.OBJECT);

  private final StructFormat format;
  private byte[] data;
  private int position;

  PyUnpackIterator(StructFormat format, byte[] data) {
    this.format = format;
    this.data = data;
  }

  @Override public PyType type() { return TYPE; }

  @Override public PyObject iterNext() {
    if (data == null || position >= data.length) {
      data = null;  // released, as CPython releases the buffer
      return null;
    }
    PyObject[] values = StructCodec.unpack(format, data, position);
    position += format.size;
    return PyTuple.wrap(values);
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

  @PyMethod("__length_hint__") PyObject lengthHint() {
    return PyInt.of(data == null ? 0 : (data.length - position) / format.size);
  }
}
