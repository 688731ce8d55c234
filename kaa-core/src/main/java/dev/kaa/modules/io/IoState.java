package dev.kaa.modules.io;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;
import java.io.Flushable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * What the {@code _io} module keeps per interpreter: its {@code UnsupportedOperation} class, a heap type (io.py sets
 * its {@code __module__}) deriving from both OSError and ValueError, as CPython's; and the streams that may hold
 * written data not yet passed on, flushed when the interpreter exits ({@link #flush}); one the program drops open is
 * closed at the next safe point after the JVM finds it unreachable ({@link PyIOBase#closeWhenDropped}), as CPython
 * closes one when it is freed.
 */
final class IoState implements Flushable {
  final PyType unsupportedOperation;
  /** Open text wrappers and buffered writers, weakly (a dropped one is closed by its finalization). */
  private final Set<PyIOBase> writers = Collections.newSetFromMap(new WeakHashMap<>());

  private IoState() {
    PyDict ns = new PyDict();
    ns.put(new PyStr("__module__"), new PyStr("io"));
    unsupportedOperation = (PyType) Abstract.call(PyType.TYPE, new PyStr("UnsupportedOperation"),
        PyTuple.of(ExceptionTypes.OSError, ExceptionTypes.ValueError), ns);
  }

  /** A writing stream was made: flushed at exit, and closed if the program drops it open. */
  synchronized void track(PyIOBase stream) {
    writers.add(stream);
    stream.closeWhenDropped();
  }

  synchronized void untrack(PyIOBase stream) {
    writers.remove(stream);
    stream.closedByProgram();
  }

  /** Flushes every tracked stream still open: text wrappers first, since they write into buffered writers. */
  @Override public void flush() {
    List<PyIOBase> all;
    synchronized (this) {
      all = new ArrayList<>(writers);
    }
    // two passes, not a sort with a comparator lambda: linking that cost every exit ~1% of the start's main thread
    for (PyIOBase s : all) {
      if (s instanceof PyTextIOWrapper) flushAtExit(s);
    }
    for (PyIOBase s : all) {
      if (!(s instanceof PyTextIOWrapper)) flushAtExit(s);
    }
  }

  private static void flushAtExit(PyIOBase s) {
    try {
      s.flushAtExit();
    } catch (PyException e) {
      // at exit there is nowhere to report a stream that cannot be flushed, as in CPython's finalizers
    }
  }

  /** The running interpreter's state (a throwaway one when Java code runs with no interpreter on the thread). */
  static IoState current() {
    Interpreter interp = Interpreter.current();
    return interp == null ? new IoState() : interp.moduleState(IoState.class, i -> new IoState());
  }
}
