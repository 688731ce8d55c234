package dev.kaa.interp;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.CollectionFlags;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The pattern-matching instructions ({@code match} statements): which subjects are mappings and sequences (CPython's
 * type flags, {@link CollectionFlags}), the values for a mapping pattern's keys, and the attributes a class pattern
 * extracts.
 */
final class Patterns {
  private Patterns() {}

  /** Built-in types a class pattern with one positional sub-pattern matches as a whole ({@code case int(x)}). */
  private static final Set<String> MATCH_SELF = Set.of("bool", "bytearray", "bytes", "dict", "float", "frozenset",
      "int", "list", "set", "str", "tuple");

  static boolean isSequence(PyObject subject) {
    return (subject.type().collectionFlags() & CollectionFlags.SEQUENCE) != 0;
  }

  static boolean isMapping(PyObject subject) {
    return (subject.type().collectionFlags() & CollectionFlags.MAPPING) != 0;
  }

  /** {@code MATCH_KEYS}: the values of {@code keys} in the mapping, or None when one is missing. */
  static PyObject matchKeys(PyObject subject, PyObject keysObject) {
    PyTuple keys = (PyTuple) keysObject;
    if (keys.size() == 0) return PyTuple.EMPTY;
    PyDict dict = subject.getClass() == PyDict.class ? (PyDict) subject : null;
    PyObject get = dict != null ? null : Attributes.get(subject, "get");
    PyObject missing = new Missing();
    List<PyObject> seen = new ArrayList<>();
    PyObject[] values = new PyObject[keys.size()];
    for (int i = 0; i < values.length; i++) {
      PyObject key = keys.get(i);
      for (PyObject s : seen) {
        if (Abstract.equals(s, key)) {
          throw Errors.valueError("mapping pattern checks duplicate key (%s)", Abstract.repr(key).value);
        }
      }
      seen.add(key);
      PyObject v = dict != null ? dict.get(key) : get.call2(key, missing);
      if (v == null || v == missing) return PyNone.NONE;
      values[i] = v;
    }
    return PyTuple.wrap(values);
  }

  /** {@code MATCH_CLASS}: the positional then keyword attributes of a matching subject, or None. */
  static PyObject matchClass(PyObject subject, PyObject cls, int nargs, PyObject namesObject) {
    if (!(cls instanceof PyType type)) throw Errors.typeError("called match pattern must be a class");
    if (!Abstract.isInstance(subject, cls)) return PyNone.NONE;
    PyTuple kwNames = (PyTuple) namesObject;
    List<PyObject> attrs = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    if (nargs > 0) {
      PyObject matchArgs = Abstract.getAttrOrNull(cls, "__match_args__");
      boolean matchSelf = false;
      int allowed;
      if (matchArgs == null) {
        matchSelf = isMatchSelf(type);
        allowed = matchSelf ? 1 : 0;
      } else if (matchArgs instanceof PyTuple t && matchArgs.type() == PyTuple.TYPE) {
        allowed = t.size();
      } else {
        throw Errors.typeError("%s.__match_args__ must be a tuple (got %s)", type.name(), matchArgs.type().name());
      }
      if (nargs > allowed) {
        throw Errors.typeError("%s() accepts %d positional sub-pattern%s (%d given)", type.name(), allowed,
            allowed == 1 ? "" : "s", nargs);
      }
      if (matchSelf) {
        attrs.add(subject);
      } else {
        PyTuple names = (PyTuple) matchArgs;
        for (int i = 0; i < nargs; i++) {
          if (!(names.get(i) instanceof PyStr name)) {
            throw Errors.typeError("__match_args__ elements must be strings (got %s)", names.get(i).type().name());
          }
          PyObject v = attribute(subject, type, name.value, seen);
          if (v == null) return PyNone.NONE;
          attrs.add(v);
        }
      }
    }
    for (int i = 0; i < kwNames.size(); i++) {
      PyObject v = attribute(subject, type, ((PyStr) kwNames.get(i)).value, seen);
      if (v == null) return PyNone.NONE;
      attrs.add(v);
    }
    return PyTuple.wrap(attrs.toArray(new PyObject[0]));
  }

  private static boolean isMatchSelf(PyType type) {
    for (PyType t : type.mro()) if (!t.hasFlag(PyType.HEAPTYPE) && MATCH_SELF.contains(t.name())) return true;
    return false;
  }

  /** {@code getattr(subject, name)} for a class pattern, or null when it has no such attribute. */
  private static PyObject attribute(PyObject subject, PyType type, String name, List<String> seen) {
    if (seen.contains(name)) {
      throw Errors.typeError("%s() got multiple sub-patterns for attribute '%s'", type.name(), name);
    }
    seen.add(name);
    return Abstract.getAttrOrNull(subject, name);
  }

  /** The default a mapping pattern passes to {@code get}: no value in the mapping can be it. */
  private static final class Missing extends PyObject {
    @Override public PyType type() { return PyType.OBJECT; }
  }
}
