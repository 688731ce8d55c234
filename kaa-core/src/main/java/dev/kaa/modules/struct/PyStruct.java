package dev.kaa.modules.struct;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.SubclassableObject;
import java.nio.charset.StandardCharsets;

/** {@code _struct.Struct}: a compiled format with pack/unpack methods; subclassable, re-initialisable, as CPython's. */
final class PyStruct extends SubclassableObject {
  static final PyType TYPE = new PyType("_struct.Struct", PyType.IMMUTABLE | PyType.BASETYPE, PyStruct.class,
      PyType.OBJECT);

  private StructFormat format;
  private PyStr formatText;

  PyStruct(PyType type, StructFormat format, PyStr formatText) {
    super(type);
    this.format = format;
    this.formatText = formatText;
  }

  StructFormat format() { return format; }

  /** A format argument's text: str, or bytes read as Latin-1. */
  static String formatText(PyObject fmt) {
    if (fmt instanceof PyStr s) return s.value;
    if (fmt instanceof PyBytes b) return new String(b.toByteArray(), StandardCharsets.ISO_8859_1);
    throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not %s", fmt.type().name());
  }

  /** As in 3.12, {@code __new__} ignores its arguments and {@code __init__} sets the format. */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyStruct(cls, StructFormat.parse(""), new PyStr(""));
  }

  @PyMethod("__init__") void init(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    PyObject[] fmt = {args.length > 0 ? args[0] : null};
    if (kwargs != null) {
      kwargs.forEach((key, value) -> {
        if (!key.toString().equals("format")) {
          throw Errors.typeError("Struct() got an unexpected keyword argument '%s'", key);
        }
        if (fmt[0] != null) throw Errors.typeError("argument for Struct() given by name ('format') and position (1)");
        fmt[0] = value;
      });
    }
    if (args.length > 1) throw Errors.typeError("Struct() takes at most 1 argument (%d given)", args.length);
    if (fmt[0] == null) throw Errors.typeError("Struct() missing required argument 'format' (pos 1)");
    String text = formatText(fmt[0]);
    format = StructFormat.parse(text);
    formatText = new PyStr(text);
  }

  @PyGetter("format") PyObject getFormat() { return formatText; }

  @PyGetter("size") PyObject getSize() { return PyInt.of(format.size); }

  @PyMethod("__sizeof__") PyObject sizeOf() { return PyInt.of(48 + 24L * (format.items.length + 1)); }

  @PyMethod PyObject pack(@PyMethod.Star PyObject[] v) { return pack(format, v, 0); }

  static PyBytes pack(StructFormat f, PyObject[] values, int from) {
    if (values.length - from != f.valueCount) {
      throw StructErrors.error("pack expected %d items for packing (got %d)", f.valueCount, values.length - from);
    }
    byte[] out = new byte[f.size];
    StructCodec.pack(f, values, from, out, 0);
    return new PyBytes(out);
  }

  @PyMethod("pack_into") PyObject packInto(@PyMethod.Star PyObject[] args) {
    packInto(format, args, 0);
    return PyNone.NONE;
  }

  /** {@code pack_into(buffer, offset, *v)} with {@code args[from]} the buffer. */
  static void packInto(StructFormat f, PyObject[] args, int from) {
    int given = args.length - from;
    if (given - 2 != f.valueCount) {
      if (given == 0) throw Errors.typeError("pack_into expected buffer argument");
      if (given == 1) throw Errors.typeError("pack_into expected offset argument");
      throw StructErrors.error("pack_into expected %d items for packing (got %d)", f.valueCount, given - 2);
    }
    PyObject buffer = args[from];
    long length = Buffers.writableLength(buffer);
    if (length < 0) {
      throw Errors.typeError("argument must be read-write bytes-like object, not %s", buffer.type().name());
    }
    long offset = Abstract.indexValue(args[from + 1]);
    if (offset < 0) {
      if (offset + f.size > 0) throw StructErrors.error("no space to pack %d bytes at offset %d", f.size, offset);
      if (offset + length < 0) throw StructErrors.error("offset %d out of range for %d-byte buffer", offset, length);
      offset += length;
    }
    if (length - offset < f.size) {
      throw StructErrors.error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
          + "(actual buffer size is %d)", f.size + offset, f.size, offset, length);
    }
    byte[] out = new byte[f.size];
    StructCodec.pack(f, args, from + 2, out, 0);
    Buffers.writeInto(buffer, (int) offset, out, f.size);
  }

  @PyMethod PyObject unpack(PyObject buffer) { return unpack(format, buffer); }

  static PyTuple unpack(StructFormat f, PyObject buffer) {
    byte[] data = Buffers.required(buffer);
    if (data.length != f.size) throw StructErrors.error("unpack requires a buffer of %d bytes", f.size);
    return PyTuple.wrap(StructCodec.unpack(f, data, 0));
  }

  @PyMethod(value = "unpack_from", positionalOnly = 0)
  PyObject unpackFrom(PyObject buffer, @PyMethod.Opt PyObject offset) {
    return unpackFrom(format, buffer, offset);
  }

  static PyTuple unpackFrom(StructFormat f, PyObject buffer, PyObject offsetArg) {
    byte[] data = Buffers.required(buffer);
    long offset = offsetArg == null ? 0 : Abstract.indexValue(offsetArg);
    long length = data.length;
    if (offset < 0) {
      if (offset + length < 0) throw StructErrors.error("offset %d out of range for %d-byte buffer", offset, length);
      offset += length;
      if (length - offset < f.size) {
        throw StructErrors.error("not enough data to unpack %d bytes at offset %d", f.size, offset - length);
      }
    }
    if (length - offset < f.size) {
      throw StructErrors.error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
          + "(actual buffer size is %d)", f.size + offset, f.size, offset, length);
    }
    return PyTuple.wrap(StructCodec.unpack(f, data, (int) offset));
  }

  @PyMethod("iter_unpack") PyObject iterUnpack(PyObject buffer) { return iterUnpack(format, buffer); }

  static PyObject iterUnpack(StructFormat f, PyObject buffer) {
    if (f.size == 0) throw StructErrors.error("cannot iteratively unpack with a struct of length 0");
    byte[] data = Buffers.required(buffer);
    if (data.length % f.size != 0) {
      throw StructErrors.error("iterative unpacking requires a buffer of a multiple of %d bytes", f.size);
    }
    return new PyUnpackIterator(f, data);
  }
}
