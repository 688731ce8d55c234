package dev.kaa.interp;

import dev.kaa.objects.PyObject;
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

  /** {@code tb_lineno}. */
  public int lineno() { return frame.code.position(instruction).lineno(); }

  /** {@code tb_lasti}: the offset of the instruction, in CPython's units (two bytes per instruction). */
  public int lasti() { return 2 * instruction; }
}
