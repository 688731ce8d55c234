package dev.kaa.runtime;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.util.List;

/**
 * A struct sequence ({@code sys.version_info}, {@code sys.flags}, {@code sys.float_info}...): a tuple whose items
 * are also read-only named attributes, with a repr that names them. Each kind is its own type, made by
 * {@link #newType}.
 */
final class PyStructSeq extends PyTuple {
  private final PyType type;

  private PyStructSeq(PyType type, PyObject[] items) {
    super(items);
    this.type = type;
  }

  @Override public PyType type() { return type; }

  /** A struct-sequence type called {@code name} ("sys.version_info") with these fields, in order. */
  static PyType newType(String name, List<String> fields) {
    PyType t = new PyType(name, PyType.IMMUTABLE, PyStructSeq.class, PyTuple.TYPE);
    for (int i = 0; i < fields.size(); i++) t.dictPut(fields.get(i), new Field(fields.get(i), i));
    t.dictPut("n_fields", PyInt.of(fields.size()));
    t.dictPut("n_sequence_fields", PyInt.of(fields.size()));
    return t;
  }

  static PyStructSeq of(PyType type, PyObject... items) { return new PyStructSeq(type, items.clone()); }

  @PyMethod("__repr__") PyObject repr() {
    StringBuilder sb = new StringBuilder(type.builtinTpName()).append('(');
    int i = 0;
    for (String name : type.dictNames()) {
      if (!(type.dictGet(name) instanceof Field)) continue;
      if (i > 0) sb.append(", ");
      sb.append(name).append('=').append(Abstract.repr(get(i++)).value);
    }
    return new PyStr(sb.append(')').toString());
  }

  @PyMethod("__reduce__") PyObject reduce() { return PyTuple.of(type, PyTuple.of(toArray())); }

  /** A field's read-only attribute: {@code member_descriptor}. */
  static final class Field extends PyObject {
    static final PyType TYPE = new PyType("member_descriptor", PyType.IMMUTABLE, Field.class, PyType.OBJECT);

    private final String name;
    private final int index;

    Field(String name, int index) {
      this.name = name;
      this.index = index;
    }

    @Override public PyType type() { return TYPE; }

    @PyMethod("__get__") PyObject get(PyObject obj, @PyMethod.Opt PyObject owner) {
      if (obj == PyNone.NONE) return this;
      return ((PyTuple) obj).get(index);
    }

    @PyMethod("__set__") void set(PyObject obj, PyObject value) {
      throw Errors.of(ExceptionTypes.AttributeError, "readonly attribute");
    }

    @PyMethod("__delete__") void delete(PyObject obj) {
      throw Errors.of(ExceptionTypes.AttributeError, "readonly attribute");
    }

    @PyMethod("__repr__") PyObject repr() { return new PyStr("<member '" + name + "' objects>"); }
  }
}
