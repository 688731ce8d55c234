package dev.kaa.modules.posix;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code select.poll()}: registered descriptors with their event masks; {@code poll(ms)} reports the ready ones. */
final class PollObject extends PyObject {
  static final PyType TYPE = new PyType("select.poll", PyType.IMMUTABLE, PollObject.class, PyType.OBJECT);

  private final Map<Integer, Integer> registered = new LinkedHashMap<>();
  private final Interpreter interp;

  private PollObject(Interpreter interp) { this.interp = interp; }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW) static PyObject make(PyType cls) {
    Interpreter i = Interpreter.current();
    if (i == null) throw Errors.typeError("cannot create 'select.poll' instances");
    return new PollObject(i);
  }

  private static int mask(PyObject o) {
    long m = Abstract.indexValue(o);
    if (m < 0 || m > 0xffff) throw Errors.overflowError("Python int too large for C unsigned short");
    return (int) m;
  }

  @PyMethod("register") void register(PyObject fd, @PyMethod.Opt PyObject eventmask) {
    registered.put(SelectModule.fileno(fd), eventmask == null ? SelectModule.POLLIN | SelectModule.POLLPRI
        | SelectModule.POLLOUT : mask(eventmask));
  }

  @PyMethod("modify") void modify(PyObject fd, PyObject eventmask) {
    int n = SelectModule.fileno(fd);
    if (!registered.containsKey(n)) throw OsErrors.ofErrno(Errno.ENOENT);
    registered.put(n, mask(eventmask));
  }

  @PyMethod("unregister") void unregister(PyObject fd) {
    int n = SelectModule.fileno(fd);
    if (registered.remove(n) == null) throw PyException.withArgs(dev.kaa.objects.ExceptionTypes.KeyError, PyInt.of(n));
  }

  /** {@code poll(timeout=None)}: milliseconds, None or negative to wait for ever. */
  @PyMethod("poll") PyObject poll(@PyMethod.Opt PyObject timeout) {
    long nanos = SelectModule.timeoutNanos(timeout, 1e3, "timeout must be an integer or None");
    FdTable table = interp.posix().fds();
    long deadline = System.nanoTime() + nanos;
    while (true) {
      long seen = table.readiness().version();
      PyList ready = new PyList();
      OpenFile[] files = new OpenFile[registered.size()];
      int k = 0;
      for (Map.Entry<Integer, Integer> e : registered.entrySet()) {
        OpenFile f = table.lookup(e.getKey());
        files[k++] = f;
        int events = f == null ? SelectModule.POLLNVAL : events(f, e.getValue());
        if (events != 0) ready.add(PyTuple.of(PyInt.of(e.getKey()), PyInt.of(events)));
      }
      long left = nanos < 0 ? Long.MAX_VALUE : deadline - System.nanoTime();
      if (ready.size() > 0 || left <= 0) return ready;
      OpenFile[] open = java.util.Arrays.stream(files).filter(java.util.Objects::nonNull).toArray(OpenFile[]::new);
      SelectModule.await(table, seen, left, open);
    }
  }

  /** What poll(2) reports for {@code f}: the asked-for events that hold, and hang-ups and errors always. */
  private static int events(OpenFile f, int wanted) {
    int r = 0;
    boolean hup = f.hungUp();
    if ((wanted & (SelectModule.POLLIN | SelectModule.POLLPRI)) != 0 && f.readable() && f.readReady()) {
      if (!(hup && f instanceof PipeEnd p && p.available() == 0)) r |= wanted & SelectModule.POLLIN;
    }
    if ((wanted & SelectModule.POLLOUT) != 0 && f.writable() && f.writeReady() && !hup) r |= SelectModule.POLLOUT;
    if (hup) r |= f.readable() ? SelectModule.POLLHUP : SelectModule.POLLERR;
    return r;
  }
}
