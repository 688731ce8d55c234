package dev.kaa.interp;

import dev.kaa.bytecode.CompareOps;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Addresses;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyNotImplemented;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PySetter;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;

/** {@code cell}: a variable shared between a function and the functions nested in it. Empty while unbound (null). */
public final class PyCell extends PyObject {
  public static final PyType TYPE = new PyType("cell", PyType.IMMUTABLE, PyCell.class, PyType.OBJECT);

  /** The variable's value, or null when unbound. */
  public PyObject contents;

  public PyCell(PyObject contents) { this.contents = contents; }

  @Override public PyType type() { return TYPE; }

  @PyGetter("cell_contents") PyObject contentsAttr() {
    if (contents == null) throw Errors.valueError("Cell is empty");
    return contents;
  }

  /** Assignment sets, {@code del} empties. */
  @PySetter("cell_contents") void setContents(PyObject v) { contents = v; }

  /** {@code types.CellType()} (empty) or {@code CellType(value)}. */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Opt PyObject contents) { return new PyCell(contents); }

  @PyMethod("__eq__") PyObject eq(PyObject other) { return compare(other, CompareOps.EQ); }

  @PyMethod("__ne__") PyObject ne(PyObject other) { return compare(other, CompareOps.NE); }

  @PyMethod("__lt__") PyObject lt(PyObject other) { return compare(other, CompareOps.LT); }

  @PyMethod("__le__") PyObject le(PyObject other) { return compare(other, CompareOps.LE); }

  @PyMethod("__gt__") PyObject gt(PyObject other) { return compare(other, CompareOps.GT); }

  @PyMethod("__ge__") PyObject ge(PyObject other) { return compare(other, CompareOps.GE); }

  /** Cells compare by their contents; an empty cell comes before any full one, as in CPython. */
  private PyObject compare(PyObject other, CompareOps op) {
    if (!(other instanceof PyCell c)) return PyNotImplemented.VALUE;
    if (contents != null && c.contents != null) return Abstract.richCompare(contents, c.contents, op);
    int order = Boolean.compare(contents != null, c.contents != null);
    boolean result = op == CompareOps.LT ? order < 0 : op == CompareOps.LE ? order <= 0 : op == CompareOps.EQ ? order == 0
        : op == CompareOps.NE ? order != 0 : op == CompareOps.GT ? order > 0 : order >= 0;
    return PyBool.of(result);
  }

  @PyMethod("__repr__") public PyObject repr() {
    String at = Addresses.of(this);
    if (contents == null) return new PyStr("<cell at " + at + ": empty>");
    return new PyStr("<cell at " + at + ": " + contents.type().name() + " object at "
        + Addresses.of(contents) + ">");
  }
}
