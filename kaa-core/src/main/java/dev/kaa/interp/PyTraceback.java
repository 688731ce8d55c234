package dev.kaa.interp;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
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

  /** {@code tb_lasti} and {@code tb_lineno} as {@code types.TracebackType(...)} was given them; -1 when made by a raise. */
  private final int givenLasti, givenLineno;

  public PyTraceback(Frame frame, int instruction, PyTraceback next) {
    this(frame, instruction, next, -1, -1);
  }

  private PyTraceback(Frame frame, int instruction, PyTraceback next, int givenLasti, int givenLineno) {
    this.frame = frame;
    this.instruction = instruction;
    this.next = next;
    this.givenLasti = givenLasti;
    this.givenLineno = givenLineno;
  }

  /** {@code types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)}, as CPython's: taken as given. */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject tb_next, PyObject tb_frame, PyObject tb_lasti, PyObject tb_lineno) {
    if (tb_next != PyNone.NONE && !(tb_next instanceof PyTraceback)) {
      throw Errors.typeError("expected traceback object or None, got '%s'", tb_next.type().name());
    }
    if (!(tb_frame instanceof Frame frame)) {
      throw Errors.typeError("TracebackType() argument 'tb_frame' must be frame, not %s", tb_frame.type().name());
    }
    int lasti = cInt(tb_lasti), lineno = cInt(tb_lineno);
    PyTraceback next = tb_next instanceof PyTraceback t ? t : null;
    return new PyTraceback(frame, Math.max(0, lasti) / 2, next, lasti, lineno);
  }

  @Override public PyType type() { return TYPE; }

  private static int cInt(PyObject o) {
    PyInt i = Abstract.index(o);
    if (!i.isLong() || i.longValue() != (int) i.longValue()) {
      throw Errors.overflowError("Python int too large to convert to C int");
    }
    return (int) i.longValue();
  }

  @PyGetter("tb_frame") PyObject frameAttr() { return frame; }

  @PyGetter("tb_lineno") PyObject linenoAttr() {
    int line = lineno();
    return line < 0 ? dev.kaa.objects.PyNone.NONE : PyInt.of(line);  // an instruction with no line: None
  }

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
  public int lineno() { return givenLineno >= 0 ? givenLineno : frame.code.position(instruction).lineno(); }

  /** {@code tb_lasti}: the offset of the instruction, in CPython's units (two bytes per instruction). */
  public int lasti() { return givenLasti >= 0 ? givenLasti : 2 * instruction; }
}
