package dev.kaa.interp;

import dev.kaa.objects.Errors;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySetter;
import dev.kaa.objects.PyType;

/**
 * {@code traceback}: one frame an exception passed through, at the instruction it was running. The chain runs from
 * the outermost frame ({@code tb_next}) to the one that raised, as CPython's; each frame the exception leaves adds
 * itself at the head.
 */
public final class PyTraceback extends PyObject {
  public static final PyType TYPE = new PyType("traceback", PyType.IMMUTABLE, PyTraceback.class, PyType.OBJECT);

  public final Frame frame;
  /** The instruction index (Kaa's; {@code tb_lasti} is twice this, as CPython's byte offsets). */
  public final int instruction;
  /** The next (inner) entry, or null. */
  public PyTraceback next;

  public PyTraceback(Frame frame, int instruction, PyTraceback next) {
    this.frame = frame;
    this.instruction = instruction;
    this.next = next;
  }

  @Override public PyType type() { return TYPE; }

  @PyGetter("tb_frame") PyObject frameAttr() { return frame; }

  @PyGetter("tb_lineno") PyObject linenoAttr() { return PyInt.of(lineno()); }

  @PyGetter("tb_lasti") PyObject lastiAttr() { return PyInt.of(lasti()); }

  @PyGetter("tb_next") PyObject nextAttr() { return next == null ? PyNone.NONE : next; }

  @PySetter("tb_next") void setNext(PyObject v) {
    if (v == null) throw Errors.typeError("can't delete tb_next attribute");
    if (v == PyNone.NONE) {
      next = null;
      return;
    }
    if (!(v instanceof PyTraceback t)) {
      throw Errors.typeError("expected traceback object or None, got '%s'", v.type().name());
    }
    for (PyTraceback c = t; c != null; c = c.next) {
      if (c == this) throw Errors.valueError("traceback loop detected");
    }
    next = t;
  }

  /** {@code tb_lineno}. */
  public int lineno() { return frame.code.position(instruction).lineno(); }

  /** {@code tb_lasti}: the offset of the instruction, in CPython's units (two bytes per instruction). */
  public int lasti() { return 2 * instruction; }
}
