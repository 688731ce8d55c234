package dev.kaa.modules.posix;

import static dev.kaa.modules.posix.FdFunctions.intArg;
import static dev.kaa.modules.posix.FdFunctions.state;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.Gil;
import dev.kaa.runtime.PyModule;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Optional;

/** The {@code posix} functions on processes: waitpid and its status macros, kill, system. */
final class ProcessFunctions {
  private ProcessFunctions() {}

  static final int WNOHANG = 1;

  @PyMethod("waitpid") static PyObject waitpid(PyModule self, PyObject pid, PyObject options) {
    long[] r;
    Children children = state(self).children();
    long which = Abstract.indexValue(pid);
    boolean noHang = (intArg(options) & WNOHANG) != 0;
    try {
      r = Interruptible.call("waitpid", () -> children.waitFor(which, noHang));
    } catch (InterruptedIOException e) {
      throw OsErrors.ofErrno(Errno.EINTR);
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
    return r == null ? PyTuple.of(PyInt.of(0), PyInt.of(0)) : PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
  }

  @PyMethod("wait") static PyObject waitAny(PyModule self) { return waitpid(self, PyInt.of(-1), PyInt.of(0)); }

  /**
   * {@code kill(pid, sig)}: a child of this interpreter or any process the JVM may signal. Where native calls are
   * possible ({@link NativeOs}), the system's kill; else SIGTERM and SIGKILL go through the JDK, other signals through
   * {@code kill(1)}; 0 only checks that the process exists.
   */
  @PyMethod("kill") static void kill(PyModule self, PyObject pid, PyObject signal) {
    long p = Abstract.indexValue(pid);
    int sig = intArg(signal);
    if (p == ProcessHandle.current().pid() && sig != 0) {
      Signals.raise(self.interpreter(), sig);
      return;
    }
    Children.Child child = state(self).children().get(p);
    if (child != null && !child.started()) return;  // a failed start: already a zombie
    // a child that exited and was not waited for is a zombie, which takes signals silently (the JDK has reaped its own)
    if (child != null && child.process != null && !child.process.isAlive()) return;
    NativeOs os = NativeOs.get();
    if (os != null) {
      if (child != null && sig != 0) child.signalSent = sig;
      try {
        os.kill(p, sig);
      } catch (IOException e) {
        throw OsErrors.of(e);
      }
      return;
    }
    Optional<ProcessHandle> handle = child != null ? Optional.of(child.process.toHandle()) : ProcessHandle.of(p);
    if (handle.isEmpty() || !handle.get().isAlive()) {
      if (child != null) return;
      throw OsErrors.ofErrno(Errno.ESRCH);
    }
    if (sig == 0) return;
    if (child != null) child.signalSent = sig;
    if (sig == Signals.SIGTERM) handle.get().destroy();
    else if (sig == Signals.SIGKILL) handle.get().destroyForcibly();
    else Signals.sendWithKillCommand(p, sig);
  }

  /**
   * {@code abort()}: death by SIGABRT, whatever its disposition (C's {@code abort} kills the process even when a
   * handler returns), with faulthandler's report first when it is enabled.
   */
  @PyMethod(value = "abort", doc = "Abort the interpreter immediately.\n\nThis function 'dumps core' or otherwise fails "
      + "in the hardest way possible\non the hosting operating system.  This function never returns.")
  static void abort(PyModule self) {
    self.interpreter().posix().signals().dieOfFault(Signals.SIGABRT);
  }

  @PyMethod("WIFEXITED") static PyObject wifexited(PyModule self, PyObject status) {
    return PyBool.of((intArg(status) & 0x7f) == 0);
  }

  @PyMethod("WEXITSTATUS") static PyObject wexitstatus(PyModule self, PyObject status) {
    return PyInt.of((intArg(status) >> 8) & 0xff);
  }

  @PyMethod("WIFSIGNALED") static PyObject wifsignaled(PyModule self, PyObject status) {
    int s = intArg(status);
    return PyBool.of(((s & 0x7f) + 1) >> 1 > 0 && (s & 0x7f) != 0x7f);
  }

  @PyMethod("WTERMSIG") static PyObject wtermsig(PyModule self, PyObject status) {
    return PyInt.of(intArg(status) & 0x7f);
  }

  @PyMethod("WIFSTOPPED") static PyObject wifstopped(PyModule self, PyObject status) {
    return PyBool.of((intArg(status) & 0xff) == 0x7f);
  }

  @PyMethod("WSTOPSIG") static PyObject wstopsig(PyModule self, PyObject status) {
    return PyInt.of((intArg(status) >> 8) & 0xff);
  }

  @PyMethod("WIFCONTINUED") static PyObject wifcontinued(PyModule self, PyObject status) {
    return PyBool.of(intArg(status) == 0xffff);
  }

  @PyMethod("WCOREDUMP") static PyObject wcoredump(PyModule self, PyObject status) {
    return PyBool.of((intArg(status) & 0x80) != 0);
  }

  /** {@code waitstatus_to_exitcode(status)}: the exit code, or minus the signal that killed the process. */
  @PyMethod(value = "waitstatus_to_exitcode", positionalOnly = 0)
  static PyObject waitstatusToExitcode(PyModule self, PyObject status) {
    int s = intArg(status);
    if ((s & 0x7f) == 0) return PyInt.of((s >> 8) & 0xff);
    if ((s & 0xff) == 0x7f) throw Errors.valueError("process stopped by delivery of signal %d", (s >> 8) & 0xff);
    if (((s & 0x7f) + 1) >> 1 > 0) return PyInt.of(-(s & 0x7f));
    throw Errors.valueError("invalid wait status: %d", s);
  }

  /** {@code system(command)}: {@code /bin/sh -c command} sharing this process's streams; the wait status. */
  @PyMethod(value = "system", positionalOnly = 0) static PyObject system(PyModule self, PyObject command) {
    PathArg c = PathArg.of("system", "command", command, false);
    PosixState s = state(self);
    ProcessBuilder b = new ProcessBuilder("/bin/sh", "-c", c.text()).directory(s.cwd().toFile()).inheritIO();
    b.environment().clear();
    b.environment().putAll(s.environment());
    try {
      Process p = Gil.releaseDuring("fork_exec", b::start);
      Children.Child child = s.children().add(p);
      return PyInt.of(Interruptible.call("waitpid", () -> s.children().waitFor(child.pid, false))[1]);
    } catch (IOException e) {
      return PyInt.of(127 << 8);
    }
  }
}
