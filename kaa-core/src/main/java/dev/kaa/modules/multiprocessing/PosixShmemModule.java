package dev.kaa.modules.multiprocessing;

import dev.kaa.modules.posix.OsErrors;
import dev.kaa.modules.posix.PosixState;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code _posixshmem}: POSIX shared memory objects by name, which {@code multiprocessing.shared_memory} maps and its
 * resource tracker unlinks. On Linux a name {@code /NAME} is the file /dev/shm/NAME (glibc's shm_open is an open of
 * it), so these are the descriptor table's own open and unlink of that path.
 */
public final class PosixShmemModule {
  private PosixShmemModule() {}

  public static final String NAME = "_posixshmem";

  private static final Path SHM = Path.of("/dev/shm");

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("POSIX shared memory module"), interp);
    m.addFunctions(PosixShmemModule.class);
    return m;
  }

  /** The file that stands for {@code name}: one leading slash, then a name without one (EINVAL otherwise). */
  private static Path file(PyObject name) {
    if (!(name instanceof PyStr s)) {
      throw Errors.typeError("shm_open() argument 'path' must be str, not %s", name.type().name());
    }
    String n = s.value.startsWith("/") ? s.value.substring(1) : s.value;
    if (n.isEmpty() || n.contains("/") || n.equals(".") || n.equals("..")) {
      throw OsErrors.ofErrno(dev.kaa.modules.posix.Errno.EINVAL, name, null);
    }
    return SHM.resolve(n);
  }

  /** {@code shm_open(path, flags, mode=0o777)}: a descriptor for the object, as {@code os.open} gives one. */
  @PyMethod("shm_open") static PyObject shmOpen(PyModule self, PyObject path, PyObject flags,
                                                @PyMethod.Opt PyObject mode) {
    Path f = file(path);
    PosixState state = self.interpreter().posix();
    try {
      return PyInt.of(state.fds().open(f, (int) Abstract.indexValue(flags),
          mode == null ? 0777 : (int) Abstract.indexValue(mode), state.umask()));
    } catch (IOException e) {
      throw OsErrors.of(e, path);
    }
  }

  /** {@code shm_unlink(path)}: removes the name; the memory lives on while it is mapped or open. */
  @PyMethod("shm_unlink") static void shmUnlink(PyModule self, PyObject path) {
    Path f = file(path);
    try {
      Files.delete(f);
    } catch (IOException e) {
      throw OsErrors.of(e, path);
    }
  }
}
