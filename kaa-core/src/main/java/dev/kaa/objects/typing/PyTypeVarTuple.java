package dev.kaa.objects.typing;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code typing.TypeVarTuple} as PEP 695 makes it ({@code [*Ts]}). */
public final class PyTypeVarTuple extends PyObject {
  public static final PyType TYPE =
      new PyType("typing.TypeVarTuple", PyType.IMMUTABLE, PyTypeVarTuple.class, PyType.OBJECT);

  final String name;

  private PyObject module = new PyStr("typing");

  public PyTypeVarTuple(PyObject name) { this.name = ((PyStr) name).value; }

  /** {@code TypeVarTuple(name)}. */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject name) {
    if (!(name instanceof PyStr)) {
      throw Errors.typeError("typevartuple() argument 'name' must be str, not %s", name.type().name());
    }
    PyTypeVarTuple t = new PyTypeVarTuple(name);
    t.module = TypingHelpers.callerModule();
    return t;
  }

  @Override public PyType type() { return TYPE; }

  @PyGetter("__name__") PyObject nameAttr() { return new PyStr(name); }

  @PyGetter("__module__") PyObject module() { return module; }

  /** {@code *Ts} in an annotation unpacks the TypeVarTuple into its one unpacked form. */
  @PyMethod("__iter__") PyObject iter() {
    PyObject unpack = TypingHelpers.get("Unpack");
    PyObject unpacked = unpack != null ? Abstract.getItem(unpack, this) : new PyUnpackedTypeVarTuple(this);
    return Abstract.iter(PyTuple.wrap(new PyObject[] {unpacked}));
  }

  @PyMethod("__typing_subst__") PyObject typingSubst(PyObject arg) {
    throw Errors.typeError("Substitution of bare TypeVarTuple is not supported");
  }

  @PyMethod("__typing_prepare_subst__") PyObject prepareSubst(PyObject alias, PyObject args) {
    return TypingHelpers.call("_typevartuple_prepare_subst", this, alias, args);
  }

  @PyMethod("__reduce__") PyObject reduce() { return new PyStr(name); }

  @PyMethod("__mro_entries__") PyObject mroEntries(PyObject bases) {
    return TypingHelpers.noSubclass("TypeVarTuple");
  }

  @PyMethod("__repr__") PyObject repr() { return new PyStr(name); }
}
