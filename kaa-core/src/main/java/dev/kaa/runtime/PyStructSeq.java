package dev.kaa.runtime;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A struct sequence ({@code sys.version_info}, {@code os.stat_result}, {@code time.struct_time}...): a tuple whose
 * items are also read-only named attributes, with a repr that names them. Each kind is its own type, made by
 * {@link #newType}. As CPython's, a type may have fields beyond the tuple ({@code st_atime_ns}, {@code tm_zone}):
 * attributes only, given to the constructor in a dict; and tuple items without a name ({@code os.stat_result}'s
 * integer times).
 */
public final class PyStructSeq extends PyTuple {
  /** A struct-sequence type: its fields, how many of them the tuple holds, whether Python code may make one. */
  public static final class Type extends PyType {
    /** Every field's name in order; null for an unnamed tuple item. */
    private final String[] fields;
    private final int visible;
    private final boolean constructible;

    private Type(String name, String[] fields, int visible, boolean constructible) {
      super(name, PyType.IMMUTABLE, PyStructSeq.class, PyTuple.TYPE);
      this.fields = fields;
      this.visible = visible;
      this.constructible = constructible;
      List<String> named = new ArrayList<>();
      for (int i = 0; i < fields.length; i++) {
        if (fields[i] == null) continue;
        dictPut(fields[i], new Field(fields[i], i));
        if (i < visible) named.add(fields[i]);
      }
      dictPut("n_sequence_fields", PyInt.of(visible));
      dictPut("n_fields", PyInt.of(fields.length));
      dictPut("n_unnamed_fields", PyInt.of(Arrays.stream(fields).filter(f -> f == null).count()));
      dictPut("__match_args__", PyTuple.wrap(named.stream().map(PyStr::new).toArray(PyObject[]::new)));
    }
  }

  private final Type type;
  /** The fields beyond the tuple's items. */
  private final PyObject[] hidden;

  private PyStructSeq(Type type, PyObject[] items, PyObject[] hidden) {
    super(items);
    this.type = type;
    this.hidden = hidden;
  }

  @Override public PyType type() { return type; }

  /** A struct-sequence type called {@code name} ("sys.version_info") whose fields are all tuple items. */
  public static Type newType(String name, List<String> fields) {
    return new Type(name, fields.toArray(String[]::new), fields.size(), false);
  }

  /**
   * A struct-sequence type Python code can make ({@code os.stat_result(seq, dict)}): the first {@code visible} of
   * {@code fields} are tuple items (a null name: an unnamed item), the rest attributes only.
   */
  public static Type newType(String name, List<String> fields, int visible) {
    return new Type(name, fields.toArray(String[]::new), visible, true);
  }

  /** An instance with every field's value, tuple items first ({@code type}: made by {@link #newType}). */
  public static PyStructSeq of(PyType structType, PyObject... values) {
    Type type = (Type) structType;
    if (values.length != type.fields.length) throw new IllegalArgumentException("wrong field count for " + type);
    return new PyStructSeq(type, Arrays.copyOf(values, type.visible),
        Arrays.copyOfRange(values, type.visible, values.length));
  }

  /** The value of field {@code i} (counting tuple items first). */
  public PyObject field(int i) { return i < size() ? get(i) : hidden[i - size()]; }

  /**
   * {@code T(sequence, dict=None)}: between {@code n_sequence_fields} and {@code n_fields} items; fields beyond
   * those come from {@code dict} by name, else None.
   */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject newStructSeq(PyType cls, @PyMethod.Opt PyObject sequence, @PyMethod.Opt PyObject dict) {
    if (!(cls instanceof Type t) || !t.constructible) {
      throw Errors.typeError("cannot create '%s' instances", cls.builtinTpName());
    }
    if (sequence == null) {
      throw Errors.typeError("structseq() missing required argument 'sequence' (pos 1)");
    }
    PyObject[] items;
    try {
      items = ((PyTuple) PyTuple.TYPE.call1(sequence)).toArray();
    } catch (dev.kaa.objects.PyException e) {
      if (!e.matches(ExceptionTypes.TypeError)) throw e;
      throw Errors.typeError("constructor requires a sequence");
    }
    if (dict != null && dict != PyNone.NONE && !(dict instanceof PyDict)) {
      throw Errors.typeError("%s() takes a dict as second arg, if any", t.builtinTpName());
    }
    int min = t.visible, max = t.fields.length, n = items.length;
    if (n < min || n > max) {
      String bound = min == max ? "a" : n < min ? "an at least" : "an at most";
      throw Errors.typeError("%s() takes %s %d-sequence (%d-sequence given)", t.builtinTpName(), bound,
          n < min ? min : max, n);
    }
    PyObject[] values = Arrays.copyOf(items, max);
    for (int i = n; i < max; i++) {
      PyObject v = dict instanceof PyDict d && t.fields[i] != null ? d.getStr(t.fields[i]) : null;
      values[i] = v == null ? PyNone.NONE : v;
    }
    return of(t, values);
  }

  /** The named fields' names beside the tuple's items (an unnamed item takes the next named field's name). */
  @PyMethod("__repr__") PyObject repr() {
    StringBuilder sb = new StringBuilder(type.builtinTpName()).append('(');
    int item = 0;
    for (String name : type.fields) {
      if (name == null) continue;
      if (item == size()) break;
      if (item > 0) sb.append(", ");
      sb.append(name).append('=').append(Abstract.repr(get(item++)).value);
    }
    return new PyStr(sb.append(')').toString());
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PyTuple items = PyTuple.of(toArray());
    if (!type.constructible) return PyTuple.of(type, items);
    PyDict extra = new PyDict();
    for (int i = size(); i < type.fields.length; i++) {
      if (type.fields[i] != null) extra.put(new PyStr(type.fields[i]), hidden[i - size()]);
    }
    return PyTuple.of(type, PyTuple.of(items, extra));
  }

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
      return ((PyStructSeq) obj).field(index);
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
