package dev.kaa.interp;

import dev.kaa.objects.PyException;
import dev.kaa.objects.PyObject;
import java.util.Arrays;

/**
 * A code object compiled to a JVM class by {@link dev.kaa.jit.JitCompiler}: the generated class (a hidden class in
 * this package, so that it reaches the interpreter's package-private state) extends this one. {@link #run} runs a
 * frame from the code's first instruction (or a generator's resumption point) or, for an on-stack replacement, from
 * one of the class's loop entries: one method for all of them, so that the JVM's warm-up of it serves every entry.
 */
abstract class JitCode {
  /** The loop headers {@link #run} can be entered at, sorted (final: read by threads that did not compile it). */
  private final int[] loopEntries;

  JitCode(int[] loopEntries) {
    this.loopEntries = loopEntries;
  }

  /** Whether an interpreted frame stopped at loop header {@code header} can go on in this code. */
  final boolean entersAt(int header) {
    return Arrays.binarySearch(loopEntries, header) >= 0;
  }

  /**
   * Runs {@code f} (already entered on {@code ts}) to its return, or throws the exception that leaves it with the
   * frame's traceback entry added, exactly as {@link Eval}'s loop would. With {@code atLoop}, from the loop header
   * {@link Frame#next} with the stack the interpreter left in the frame ({@link #entersAt} it); otherwise from the
   * start, or for a generator's frame from {@link Frame#next}, returning at its next yield; {@code thrown} (when not
   * null) is raised at the resumption point first, as {@code generator.throw()} does.
   */
  abstract PyObject run(ThreadState ts, Frame f, PyException thrown, boolean atLoop);
}
