package dev.kaa.modules.posix;

import static dev.kaa.modules.posix.FdFunctions.fd;
import static dev.kaa.modules.posix.FdFunctions.intArg;
import static dev.kaa.modules.posix.FdFunctions.state;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.PyModule;
import dev.kaa.runtime.PyStructSeq;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

/** The {@code posix} functions about the process and the system: ids, uname, times, urandom, sysconf, environment. */
final class SystemFunctions {
  private SystemFunctions() {}

  static final PyStructSeq.Type UNAME_RESULT = PyStructSeq.newType("posix.uname_result",
      List.of("sysname", "nodename", "release", "version", "machine"), 5);
  static final PyStructSeq.Type TIMES_RESULT = PyStructSeq.newType("posix.times_result",
      List.of("user", "system", "children_user", "children_system", "elapsed"), 5);
  static final PyStructSeq.Type TERMINAL_SIZE = PyStructSeq.newType("os.terminal_size",
      List.of("columns", "lines"), 2);

  @PyMethod("getpid") static PyObject getpid(PyModule self) { return PyInt.of(ProcessHandle.current().pid()); }

  @PyMethod("getppid") static PyObject getppid(PyModule self) {
    return PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
  }

  @PyMethod("getuid") static PyObject getuid(PyModule self) { return PyInt.of(ProcessStatus.uid()); }

  @PyMethod("geteuid") static PyObject geteuid(PyModule self) { return PyInt.of(ProcessStatus.euid()); }

  @PyMethod("getgid") static PyObject getgid(PyModule self) { return PyInt.of(ProcessStatus.gid()); }

  @PyMethod("getegid") static PyObject getegid(PyModule self) { return PyInt.of(ProcessStatus.egid()); }

  @PyMethod("getgroups") static PyObject getgroups(PyModule self) {
    PyList groups = new PyList();
    for (long g : ProcessStatus.groups()) groups.add(PyInt.of(g));
    return groups;
  }

  /**
   * {@code getlogin()}: the user logged in on the controlling terminal, which glibc reads from utmp; Kaa asks the
   * login name the kernel keeps for the session, and as glibc fails with ENXIO without one.
   */
  @PyMethod("getlogin") static PyObject getlogin(PyModule self) {
    try {
      String uid = Files.readString(Path.of("/proc/self/loginuid")).trim();
      if (!uid.equals("4294967295")) {
        String name = Passwd.nameOf(Long.parseLong(uid));
        if (name != null) return new PyStr(name);
      }
    } catch (IOException | RuntimeException e) {
      // no login session: as glibc
    }
    throw OsErrors.ofErrno(6);
  }

  /** {@code uname()}: what the kernel tells /proc/sys/kernel. */
  @PyMethod("uname") static PyObject uname(PyModule self) {
    return PyStructSeq.of(UNAME_RESULT, new PyStr(kernel("ostype", "Linux")), new PyStr(kernel("hostname", "")),
        new PyStr(kernel("osrelease", System.getProperty("os.version"))), new PyStr(kernel("version", "")),
        new PyStr(machine()));
  }

  private static String kernel(String name, String otherwise) {
    try {
      return Files.readString(Path.of("/proc/sys/kernel/" + name)).strip();
    } catch (IOException e) {
      return otherwise;
    }
  }

  private static String machine() {
    String arch = System.getProperty("os.arch");
    return switch (arch) {
      case "amd64" -> "x86_64";
      case "arm64" -> "aarch64";
      default -> arch;
    };
  }

  @PyMethod("cpu_count") static PyObject cpuCount(PyModule self) {
    return PyInt.of(Runtime.getRuntime().availableProcessors());
  }

  @PyMethod("sched_getaffinity") static PyObject schedGetaffinity(PyModule self, PyObject pid) {
    PyList cpus = new PyList();
    for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) cpus.add(PyInt.of(i));
    return dev.kaa.objects.PySet.TYPE.call1(cpus);
  }

  @PyMethod("urandom") static PyObject urandom(PyModule self, PyObject size) {
    long n = Abstract.indexValue(size);
    if (n < 0) throw Errors.valueError("negative argument not allowed");
    byte[] bytes = new byte[(int) n];
    new SecureRandom().nextBytes(bytes);
    return new PyBytes(bytes);
  }

  /**
   * {@code times()}: this process's and its waited-for children's CPU time, from /proc/self/stat (clock ticks of
   * 1/100 s), and the time since boot.
   */
  @PyMethod("times") static PyObject times(PyModule self) {
    double[] t = new double[5];
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      for (int i = 0; i < 4; i++) t[i] = Long.parseLong(f[11 + i]) / 100.0;
      t[4] = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      t[0] = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0);
      t[4] = System.nanoTime() / 1e9;
    }
    return PyStructSeq.of(TIMES_RESULT, new PyFloat(t[0]), new PyFloat(t[1]), new PyFloat(t[2]), new PyFloat(t[3]),
        new PyFloat(t[4]));
  }

  @PyMethod("getloadavg") static PyObject getloadavg(PyModule self) {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return PyTuple.of(new PyFloat(Double.parseDouble(f[0])), new PyFloat(Double.parseDouble(f[1])),
          new PyFloat(Double.parseDouble(f[2])));
    } catch (IOException | RuntimeException e) {
      throw Errors.of(dev.kaa.objects.ExceptionTypes.OSError, "Load averages are unobtainable");
    }
  }

  /** {@code get_terminal_size(fd=1)}: ENOTTY unless a terminal, whose size {@code stty} reads. */
  @PyMethod("get_terminal_size") static PyObject getTerminalSize(PyModule self, @PyMethod.Opt PyObject fd) {
    OpenFile f = state(self).fds().get(fd == null ? 1 : fd(fd));
    String device = f.isatty() ? terminalDevice(f) : null;
    if (device == null) throw OsErrors.ofErrno(Errno.ENOTTY);
    int[] size = TerminalSize.of(device);
    if (size == null) throw OsErrors.ofErrno(Errno.ENOTTY);
    return PyStructSeq.of(TERMINAL_SIZE, PyInt.of(size[0]), PyInt.of(size[1]));
  }

  private static String terminalDevice(OpenFile f) {
    try {
      Path p = f.path();
      return p == null ? null : p.toRealPath().toString();
    } catch (IOException e) {
      return null;
    }
  }

  @PyMethod("umask") static PyObject umask(PyModule self, PyObject mask) {
    return PyInt.of(state(self).setUmask(intArg(mask)));
  }

  @PyMethod("putenv") static void putenv(PyModule self, PyObject name, PyObject value) {
    String key = envText(name, "putenv"), text = envText(value, "putenv");
    if (key.isEmpty() || key.indexOf('=') >= 0) throw Errors.valueError("illegal environment variable name");
    state(self).environment().put(key, text);
  }

  @PyMethod("unsetenv") static void unsetenv(PyModule self, PyObject name) {
    String key = envText(name, "unsetenv");
    if (key.isEmpty() || key.indexOf('=') >= 0) throw Errors.valueError("illegal environment variable name");
    state(self).environment().remove(key);
  }

  /** A name or value for the environment: str, bytes or os.PathLike, as CPython's path converter takes it. */
  private static String envText(PyObject o, String function) {
    return PathArg.of(function, "name", o, false).text();
  }

  /** {@code register_at_fork}: checked, then kept nowhere, since the JVM never forks. */
  @PyMethod(value = "register_at_fork", positionalOnly = 0)
  static void registerAtFork(PyModule self, @PyMethod.KwOnly @PyMethod.Opt PyObject before,
                             @PyMethod.KwOnly @PyMethod.Opt PyObject after_in_child,
                             @PyMethod.KwOnly @PyMethod.Opt PyObject after_in_parent) {
    if (before == null && after_in_child == null && after_in_parent == null) {
      throw Errors.typeError("At least one argument is required.");
    }
    PyObject callable = self.interpreter().builtins().dict().getStr("callable");
    checkCallable(callable, "before", before);
    checkCallable(callable, "after_in_child", after_in_child);
    checkCallable(callable, "after_in_parent", after_in_parent);
  }

  private static void checkCallable(PyObject callable, String name, PyObject f) {
    if (f != null && f != dev.kaa.objects.PyNone.NONE && !Abstract.isTrue(callable.call1(f))) {
      throw Errors.typeError("'%s' must be callable, not %s", name, f.type().name());
    }
  }

  @PyMethod("sysconf") static PyObject sysconf(PyModule self, PyObject name) {
    Long v = ConfNames.sysconf(confCode(name, ConfNames.SYSCONF_NAMES));
    if (v == null) throw OsErrors.ofErrno(Errno.EINVAL);
    return PyInt.of(v);
  }

  @PyMethod("confstr") static PyObject confstr(PyModule self, PyObject name) {
    return new PyStr(ConfNames.confstr(confCode(name, ConfNames.CONFSTR_NAMES)));
  }

  @PyMethod(value = "pathconf", positionalOnly = 0) static PyObject pathconf(PyModule self, PyObject path,
                                                                              PyObject name) {
    Long v = ConfNames.pathconf(confCode(name, ConfNames.PATHCONF_NAMES));
    if (v == null) throw OsErrors.ofErrno(Errno.EINVAL);
    return PyInt.of(v);
  }

  @PyMethod("fpathconf") static PyObject fpathconf(PyModule self, PyObject fd, PyObject name) {
    return pathconf(self, fd, name);
  }

  /** A configuration name (str, looked up in the table) or its number. */
  private static int confCode(PyObject name, Map<String, Integer> names) {
    if (name instanceof PyStr s) {
      Integer code = names.get(s.value);
      if (code == null) throw Errors.valueError("unrecognized configuration name");
      return code;
    }
    if (name instanceof PyInt) return intArg(name);
    throw Errors.typeError("configuration names must be strings or integers");
  }

  static PyDict names(Map<String, Integer> table) {
    PyDict d = new PyDict();
    table.forEach((k, v) -> d.put(new PyStr(k), PyInt.of(v)));
    return d;
  }

  /** {@code _exit(status)}: ends the process at once, running no cleanup and flushing no Python buffers. */
  @PyMethod("_exit") static void exit(PyModule self, PyObject status) {
    Runtime.getRuntime().halt(intArg(status));
  }

  @PyMethod("sync") static void sync(PyModule self) {}
}
