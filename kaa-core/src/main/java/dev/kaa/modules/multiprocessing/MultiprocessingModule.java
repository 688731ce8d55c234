package dev.kaa.modules.multiprocessing;

import dev.kaa.modules.posix.NativeOs;
import dev.kaa.modules.posix.OsErrors;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.io.IOException;

/**
 * The {@code _multiprocessing} module. Where Kaa can make POSIX calls ({@link NativeOs}), it is what CPython builds
 * on Linux: {@code flags} {@code HAVE_SEM_OPEN} and {@code HAVE_SEM_TIMEDWAIT}, {@link SemLock} on named semaphores
 * and {@code sem_unlink}, so {@code multiprocessing.synchronize} imports and its Lock, RLock, Semaphore,
 * BoundedSemaphore, Condition and Event work (between threads; between processes once processes can be started).
 *
 * <p>Where it cannot (Java 21, or native access denied), it is what CPython builds on a platform without named
 * semaphores: {@code flags} without {@code HAVE_SEM_OPEN}, and no {@code SemLock}. {@code multiprocessing.synchronize}
 * then raises the ImportError CPython raises there, and {@code concurrent.futures.ProcessPoolExecutor} says
 * NotImplementedError; what imports the module only to reach {@code concurrent.futures.process} or
 * {@code multiprocessing.connection} (thread pools, pipes, queues in one process) works.
 */
public final class MultiprocessingModule {
  private MultiprocessingModule() {}

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule("_multiprocessing", PyNone.NONE, interp);
    PyDict flags = new PyDict();
    m.put("flags", flags);
    if (NativeOs.get() == null) return m;
    flags.put(new PyStr("HAVE_SEM_OPEN"), PyInt.of(1));
    flags.put(new PyStr("HAVE_SEM_TIMEDWAIT"), PyInt.of(1));
    m.put("SemLock", SemLock.TYPE);
    m.addFunctions(MultiprocessingModule.class);
    return m;
  }

  @PyMethod("sem_unlink")
  static void semUnlink(PyModule self, PyObject name) {
    if (!(name instanceof PyStr n)) {
      throw Errors.typeError("sem_unlink() argument must be str, not %s", SemLock.badArgument(name));
    }
    try {
      NativeOs.get().semUnlink(SemLock.semName(n));
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }
}
