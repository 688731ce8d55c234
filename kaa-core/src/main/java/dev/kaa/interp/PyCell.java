package dev.kaa.interp;

import dev.kaa.math.NumericHash;
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

  @PyMethod("__repr__") public PyObject repr() {
    String at = "0x" + Long.toHexString(NumericHash.identityHash(this));
    if (contents == null) return new PyStr("<cell at " + at + ": empty>");
    return new PyStr("<cell at " + at + ": " + contents.type().name() + " object at 0x"
        + Long.toHexString(NumericHash.identityHash(contents)) + ">");
  }
}
