package dev.kaa.interp;

import dev.kaa.objects.PyException;
import dev.kaa.objects.PyObject;

/**
 * A code object compiled to a JVM class by {@link dev.kaa.jit.JitCompiler}: the generated class (a hidden class in
 * this package, so that it reaches the interpreter's package-private state) extends this one. {@link #run} runs a
 * frame from the class's entry point, the code's first instruction or, for an on-stack replacement, a loop header.
 */
abstract class JitCode {
  JitCode() {}

  /**
   * Runs {@code f} (already entered on {@code ts}) to its return, or throws the exception that leaves it with the
   * frame's traceback entry added, exactly as {@link Eval}'s loop would. A generator's frame resumes at
   * {@link Frame#next} and returns at its next yield; {@code thrown} (when not null) is raised at the resumption point
   * first, as {@code generator.throw()} does.
   */
  abstract PyObject run(ThreadState ts, Frame f, PyException thrown);
}
