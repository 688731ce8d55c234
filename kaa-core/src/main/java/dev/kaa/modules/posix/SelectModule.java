package dev.kaa.modules.posix;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * The {@code select} module over the interpreter's descriptor table: {@code select} and {@code poll} ask each open
 * file whether it is ready ({@link OpenFile#readReady}); files always are; pipes tell the table's {@link Readiness}
 * when they change, so a wait ends as soon as one does. No epoll: {@code selectors.DefaultSelector} is then the poll
 * selector.
 */
public final class SelectModule {
  private SelectModule() {}

  public static final String NAME = "select";

  private static final String DOC = "This module supports asynchronous I/O on multiple file descriptors.\n\n"
      + "*** IMPORTANT NOTICE ***\n"
      + "On Windows, only sockets are supported; on Unix, all file descriptors.";

  static final int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr(DOC), interp);
    m.addFunctions(SelectModule.class);
    String[] names = {"POLLIN=1", "POLLPRI=2", "POLLOUT=4", "POLLERR=8", "POLLHUP=16", "POLLNVAL=32",
        "POLLRDNORM=64", "POLLRDBAND=128", "POLLWRNORM=256", "POLLWRBAND=512", "POLLMSG=1024", "POLLRDHUP=8192",
        "PIPE_BUF=4096"};
    for (String n : names) {
      int eq = n.indexOf('=');
      m.put(n.substring(0, eq), PyInt.of(Integer.parseInt(n.substring(eq + 1))));
    }
    m.put("error", ExceptionTypes.OSError);
    m.put("poll", PollObject.TYPE);
    return m;
  }

  /** A descriptor, or an object's {@code fileno()}, as select takes them. */
  static int fileno(PyObject o) {
    long fd;
    if (o instanceof PyInt n) {
      fd = Abstract.indexValue(n);
    } else {
      PyObject method = Abstract.getAttrOrNull(o, "fileno");
      if (method == null) throw Errors.typeError("argument must be an int, or have a fileno() method.");
      PyObject r = method.call0();
      if (!(r instanceof PyInt)) throw Errors.typeError("fileno() returned a non-integer");
      fd = Abstract.indexValue(r);
    }
    if (fd < 0) throw Errors.valueError("file descriptor cannot be a negative integer (%d)", fd);
    return (int) fd;
  }

  /** {@code select(rlist, wlist, xlist, timeout=None)}: the objects of each list that are ready. */
  @PyMethod("select") static PyObject select(PyModule self, PyObject rlist, PyObject wlist, PyObject xlist,
                                             @PyMethod.Opt PyObject timeout) {
    long nanos = timeoutNanos(timeout, 1, "timeout must be a float or None");
    if (nanos < -1) throw Errors.valueError("timeout must be non-negative");
    FdTable table = self.interpreter().posix().fds();
    PyObject[][] lists = {items(rlist), items(wlist), items(xlist)};
    OpenFile[][] files = new OpenFile[3][];
    for (int k = 0; k < 3; k++) {
      files[k] = new OpenFile[lists[k].length];
      for (int i = 0; i < lists[k].length; i++) files[k][i] = table.get(fileno(lists[k][i]));
    }
    long deadline = System.nanoTime() + nanos;
    while (true) {
      long seen = table.readiness().version();
      PyList r = new PyList(), w = new PyList();
      for (int i = 0; i < files[0].length; i++) if (files[0][i].readReady()) r.add(lists[0][i]);
      for (int i = 0; i < files[1].length; i++) if (files[1][i].writeReady()) w.add(lists[1][i]);
      long left = nanos < 0 ? Long.MAX_VALUE : deadline - System.nanoTime();
      if (r.size() > 0 || w.size() > 0 || left <= 0) return PyTuple.of(r, w, new PyList());
      await(table, seen, left, files);
    }
  }

  /** Waits for a change after {@code seen}, a short tick when files that tell nobody (sockets) are among them. */
  static void await(FdTable table, long seen, long nanos, OpenFile[]... files) {
    boolean polled = false;
    for (OpenFile[] list : files) for (OpenFile f : list) polled |= f.polled();
    long wait = polled ? Math.min(nanos, 2_000_000L) : nanos;
    try {
      Interruptible.call("select", () -> {
        table.readiness().await(seen, wait);
        return null;
      });
    } catch (InterruptedIOException e) {
      throw OsErrors.ofErrno(Errno.EINTR);
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  /**
   * A timeout counted in units of which there are {@code perSecond} in a second (select's seconds: 1; poll's
   * milliseconds: 1000) as nanoseconds; -1 for None (wait for ever); select's negative one -2 (an error), poll's -1.
   */
  static long timeoutNanos(PyObject timeout, double perSecond, String notNumber) {
    if (timeout == null || timeout == PyNone.NONE) return -1;
    double t;
    if (timeout instanceof PyFloat f) t = f.value;
    else if (timeout instanceof PyInt || timeout.type().lookup("__index__") != null) t = Abstract.indexValue(timeout);
    else if (timeout.type().lookup("__float__") != null && perSecond == 1) t = Abstract.floatValue(timeout);
    else throw Errors.typeError(notNumber);
    if (Double.isNaN(t)) throw Errors.valueError("Invalid value NaN (not a number)");
    if (t < 0) return perSecond == 1 ? -2 : -1;
    return (long) Math.min(Math.ceil(t / perSecond * 1e9), 9e18);
  }

  private static PyObject[] items(PyObject seq) {
    return ((PyTuple) PyTuple.TYPE.call1(seq)).toArray();
  }
}
