package dev.kaa.modules.json;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.ModuleImport;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.SubclassableObject;
import dev.kaa.text.FloatRepr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * {@code _json.make_encoder} ({@code _json.Encoder}): the one-shot encoder {@code json.dumps} uses when there is no
 * indent. A call {@code encoder(obj, level)} writes the whole document into one builder and returns it as a 1-tuple.
 * Ints and floats are written with int's and float's own repr (as the C encoder, even for subclasses), containers
 * are checked against {@code markers} for cycles, anything else goes through {@code default}.
 */
final class PyEncoder extends SubclassableObject {
  static final PyType TYPE = new PyType("_json.Encoder", PyType.IMMUTABLE | PyType.BASETYPE, PyEncoder.class,
      PyType.OBJECT);

  /** CPython's C recursion limit, which bounds nesting while encoding. */
  private static final int NESTING_LIMIT = 1500;

  private final PyObject markers, defaultFn, encoder, indent, keySeparator, itemSeparator;
  private final boolean sortKeys, skipKeys, allowNan;
  /** 0: call {@code encoder}; 1: escape as encode_basestring; 2: as encode_basestring_ascii. */
  private final int fastEncode;

  private PyEncoder(PyType type, PyObject[] a) {
    super(type);
    if (a[0] != PyNone.NONE && !(a[0] instanceof PyDict)) {
      throw Errors.typeError("make_encoder() argument 1 must be dict or None, not %s", a[0].type().name());
    }
    for (int k = 4; k <= 5; k++) {
      if (!(a[k] instanceof PyStr)) {
        throw Errors.typeError("make_encoder() argument %d must be str, not %s", k + 1, a[k].type().name());
      }
    }
    markers = a[0];
    defaultFn = a[1];
    encoder = a[2];
    indent = a[3];
    keySeparator = a[4];
    itemSeparator = a[5];
    sortKeys = Abstract.isTrue(a[6]);
    skipKeys = Abstract.isTrue(a[7]);
    allowNan = Abstract.isTrue(a[8]);
    PyObject module = ModuleImport.importModule(JsonModule.NAME);
    fastEncode = encoder == Attributes.get(module, "encode_basestring") ? 1
        : encoder == Attributes.get(module, "encode_basestring_ascii") ? 2 : 0;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject markers, PyObject default_, PyObject encoder, PyObject indent,
      PyObject key_separator, PyObject item_separator, PyObject sort_keys, PyObject skipkeys, PyObject allow_nan) {
    return new PyEncoder(cls, new PyObject[] {markers, default_, encoder, indent, key_separator, item_separator,
        sort_keys, skipkeys, allow_nan});
  }

  @PyMethod(value = "__call__", positionalOnly = 0) PyObject call(PyObject obj, PyObject _current_indent_level) {
    Abstract.indexValue(_current_indent_level);
    StringBuilder out = new StringBuilder();
    new Run(out).encode(obj);
    return PyTuple.of(new PyStr(out.toString()));
  }

  /** One call's output and nesting depth. */
  private final class Run {
    private final StringBuilder out;
    private int depth;
    /** The containers being written, by identity (what CPython keeps in {@code markers} by id). */
    private final IdentityHashMap<PyObject, Boolean> active = new IdentityHashMap<>();

    Run(StringBuilder out) { this.out = out; }

    void encode(PyObject o) {
      if (o == PyNone.NONE) out.append("null");
      else if (o == PyBool.TRUE) out.append("true");
      else if (o == PyBool.FALSE) out.append("false");
      else if (o instanceof PyStr s) string(s);
      else if (o instanceof PyInt i) out.append(i.repr().toString());
      else if (o instanceof PyFloat f) out.append(floatText(f));
      else if (o instanceof PyList || o instanceof PyTuple) nested(o, true);
      else if (o instanceof PyDict) nested(o, false);
      else other(o);
    }

    private void string(PyStr s) {
      if (fastEncode != 0) {
        JsonStrings.encode(out, s.value, fastEncode == 2);
        return;
      }
      PyObject r = Abstract.call(encoder, s);
      if (!(r instanceof PyStr e)) throw Errors.typeError("encoder() must return a string, not %s", r.type().name());
      out.append(e.value);
    }

    private String floatText(PyFloat f) {
      double v = f.value;
      if (Double.isFinite(v)) return FloatRepr.repr(v);
      if (!allowNan) {
        throw Errors.valueError("Out of range float values are not JSON compliant: %s", Abstract.repr(f).value);
      }
      return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
    }

    /** A list, tuple or dict, marked while it is being written so that a cycle is caught. */
    private void nested(PyObject o, boolean sequence) {
      if (sequence ? Abstract.len(o) == 0 : ((PyDict) o).size() == 0) {
        out.append(sequence ? "[]" : "{}");
        return;
      }
      PyObject marked = mark(o);
      enter(" while encoding a JSON object");
      try {
        if (sequence) list(o);
        else dict((PyDict) o);
      } finally {
        depth--;
      }
      unmark(marked);
    }

    private void enter(String where) {
      if (++depth > NESTING_LIMIT) {
        depth--;
        throw Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded" + where);
      }
    }

    /** Marks {@code o} as being written (when cycles are checked: markers is not None); returns it for unmark. */
    private PyObject mark(PyObject o) {
      if (markers == PyNone.NONE) return null;
      if (active.put(o, Boolean.TRUE) != null) throw Errors.valueError("Circular reference detected");
      return o;
    }

    private void unmark(PyObject o) {
      if (o != null) active.remove(o);
    }

    /** The items as they are when reached: a default() that shrinks the list shortens the output, as in C. */
    private void list(PyObject seq) {
      PyList list = seq instanceof PyList l ? l : null;
      PyTuple tuple = list == null ? (PyTuple) seq : null;
      out.append('[');
      for (int k = 0; k < (list != null ? list.size() : tuple.size()); k++) {
        PyObject item = list != null ? list.get(k) : tuple.get(k);
        if (item == null) break;  // another thread shrank the list (no GIL)
        if (k > 0) out.append(((PyStr) itemSeparator).value);
        encode(item);
      }
      out.append(']');
    }

    private void dict(PyDict d) {
      List<PyObject[]> items = items(d);
      out.append('{');
      boolean first = true;
      for (PyObject[] kv : items) {
        String key = keyText(kv[0]);
        if (key == null) continue;
        if (!first) out.append(((PyStr) itemSeparator).value);
        first = false;
        string(new PyStr(key));
        out.append(((PyStr) keySeparator).value);
        encode(kv[1]);
      }
      out.append('}');
    }

    /** The key as JSON names it, or null to skip it; TypeError for a key JSON cannot name. */
    private String keyText(PyObject k) {
      if (k instanceof PyStr s) return s.value;
      if (k instanceof PyFloat f) return floatText(f);
      if (k == PyBool.TRUE) return "true";
      if (k == PyBool.FALSE) return "false";
      if (k == PyNone.NONE) return "null";
      if (k instanceof PyInt i) return i.repr().toString();
      if (skipKeys) return null;
      throw Errors.typeError("keys must be str, int, float, bool or None, not %s", k.type().name());
    }

    /** The dict's (key, value) pairs: its own for a dict, {@code items()}' for a subclass; sorted on request. */
    private List<PyObject[]> items(PyDict d) {
      List<PyObject[]> pairs = new ArrayList<>();
      if (d.type() == PyDict.TYPE && !sortKeys) {
        d.forEach((k, v) -> pairs.add(new PyObject[] {k, v}));
        return pairs;
      }
      List<PyObject> all = new ArrayList<>();
      PyObject it = Abstract.iter(Abstract.call(Attributes.get(d, "items")));
      for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) all.add(x);
      PyList list = new PyList(all.toArray(new PyObject[0]));
      if (sortKeys) Abstract.call(Attributes.get(list, "sort"));
      for (PyObject item : list.toArray()) {
        PyTuple t = (PyTuple) item;
        pairs.add(new PyObject[] {t.get(0), t.get(1)});
      }
      return pairs;
    }

    private void other(PyObject o) {
      PyObject marked = mark(o);
      PyObject replacement = Abstract.call(defaultFn, o);
      enter(" while encoding a JSON object");
      try {
        encode(replacement);
      } finally {
        depth--;
      }
      unmark(marked);
    }
  }

  @PyGetter("markers") PyObject markersAttr() { return markers; }

  @PyGetter("default") PyObject defaultAttr() { return defaultFn; }

  @PyGetter("encoder") PyObject encoderAttr() { return encoder; }

  @PyGetter("indent") PyObject indentAttr() { return indent; }

  @PyGetter("key_separator") PyObject keySeparatorAttr() { return keySeparator; }

  @PyGetter("item_separator") PyObject itemSeparatorAttr() { return itemSeparator; }

  @PyGetter("sort_keys") PyObject sortKeysAttr() { return PyBool.of(sortKeys); }

  @PyGetter("skipkeys") PyObject skipKeysAttr() { return PyBool.of(skipKeys); }
}
