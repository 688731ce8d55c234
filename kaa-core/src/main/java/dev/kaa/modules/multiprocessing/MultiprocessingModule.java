package dev.kaa.modules.multiprocessing;

import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyNone;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The {@code _multiprocessing} module as CPython builds it on a platform without named semaphores: {@code flags}
 * without {@code HAVE_SEM_OPEN}, and no {@code SemLock}. A JVM cannot fork, and a semaphore shared with another
 * process is not written yet, so {@code multiprocessing.synchronize} raises the ImportError CPython raises there, and
 * {@code concurrent.futures.ProcessPoolExecutor} says NotImplementedError; what imports the module only to reach
 * {@code concurrent.futures.process} or {@code multiprocessing.connection} (thread pools, pipes, queues in one
 * process) works.
 */
public final class MultiprocessingModule {
  private MultiprocessingModule() {}

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule("_multiprocessing", PyNone.NONE, interp);
    m.put("flags", new PyDict());
    return m;
  }
}
