package dev.kaa.modules.queue;

import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/** The {@code _queue} module: SimpleQueue, and the Empty exception that queue.py re-exports. */
public final class QueueModule {
  private QueueModule() {}

  /** {@code _queue.Empty}: raised by a non-blocking or timed-out get. */
  static final PyType EMPTY = new PyType("_queue.Empty", ExceptionTypes.Exception);

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule("_queue", new PyStr("C implementation of the Python queue module.\nThis module is an "
        + "implementation detail, please do not use it directly."), interp);
    m.put("SimpleQueue", PySimpleQueue.TYPE);
    m.put("Empty", EMPTY);
    return m;
  }
}
