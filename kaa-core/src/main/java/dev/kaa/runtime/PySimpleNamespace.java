package dev.kaa.runtime;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.HasDict;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;

/**
 * {@code types.SimpleNamespace} as far as {@code sys.implementation} needs it: attributes in a dict, shown as
 * {@code namespace(name=value, ...)}.
 */
public final class PySimpleNamespace extends PyObject implements HasDict {
  static final PyType TYPE = new PyType("types.SimpleNamespace", PyType.IMMUTABLE, PySimpleNamespace.class,
      PyType.OBJECT);

  private final PyDict dict = new PyDict();

  @Override public PyType type() { return TYPE; }

  @Override public PyDict dict() { return dict; }

  public PySimpleNamespace with(String name, PyObject value) {
    dict.put(new PyStr(name), value);
    return this;
  }

  @PyGetter("__dict__") PyObject getDict() { return dict; }

  @PyMethod("__repr__") PyObject repr() {
    StringBuilder sb = new StringBuilder("namespace(");
    boolean[] first = {true};
    dict.forEach((k, v) -> {
      if (!first[0]) sb.append(", ");
      first[0] = false;
      sb.append(k).append('=').append(Abstract.repr(v).value);
    });
    return new PyStr(sb.append(')').toString());
  }
}
