package dev.kaa.runtime;

import dev.kaa.interp.ThreadState;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import java.util.List;
import java.util.Map;

/** What {@code sys} shows of the threads running Python: each one's innermost frame and handled exception. */
final class SysThreads {
  private SysThreads() {}

  private static final PyType THREAD_INFO = PyStructSeq.newType("sys.thread_info", List.of("name", "lock", "version"));

  /**
   * Java threads are the platform's (pthreads on Linux); a {@code _thread} lock is a {@code java.util.concurrent}
   * Semaphore, whose waits signals interrupt (docs/threads-basic.md); the thread library's version is the JVM's.
   */
  static PyObject threadInfo() {
    return PyStructSeq.of(THREAD_INFO, new PyStr("pthread"), new PyStr("semaphore"),
        new PyStr("Java " + Runtime.version()));
  }

  /** Thread id to the thread's innermost frame, for the threads running Python code now. */
  @PyMethod("_current_frames") static PyObject currentFrames(PyModule self) {
    PyDict frames = new PyDict();
    for (Map.Entry<Long, ThreadState> e : ThreadState.live().entrySet()) {
      PyObject f = e.getValue().frame();
      if (f != null) frames.put(PyInt.of(e.getKey()), f);
    }
    return frames;
  }

  /** Thread id to the exception the thread is handling, or None. */
  @PyMethod("_current_exceptions") static PyObject currentExceptions(PyModule self) {
    PyDict exceptions = new PyDict();
    for (Map.Entry<Long, ThreadState> e : ThreadState.live().entrySet()) {
      if (e.getValue().frame() == null) continue;
      PyBaseException handled = e.getValue().handled();
      exceptions.put(PyInt.of(e.getKey()), handled == null ? PyNone.NONE : handled);
    }
    return exceptions;
  }
}
