package dev.kaa.modules.posix;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Gil;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code _posixsubprocess.fork_exec}, which {@code subprocess} calls, without fork: the child is started with a
 * ProcessBuilder in the interpreter's current directory and environment. Its standard streams are the descriptors
 * subprocess prepared: the process's own stream is inherited, a file is redirected to by path, and a pipe (or an
 * embedding's stream) is joined to the child's by a {@link Pump}. A failure to start is reported as CPython's child
 * reports it, through the error pipe ({@code OSError:<hex errno>:}), so subprocess raises FileNotFoundError etc. with
 * the executable's name. A child that must inherit descriptors ({@code pass_fds}) is started by {@link NativeSpawn}
 * where native calls can be made. Not done (the JVM cannot): {@code preexec_fn}, new sessions, process groups, user
 * and group changes and {@code umask} for the child, and {@code pass_fds} without native calls.
 */
public final class ForkExec {
  private ForkExec() {}

  public static final String NAME = "_posixsubprocess";

  private static final String DOC = "A POSIX helper for the subprocess module.";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr(DOC), interp);
    m.addFunctions(ForkExec.class);
    return m;
  }

  private static final Pattern JDK_ERRNO = Pattern.compile("error=(\\d+)");

  /** The 23 arguments of 3.12's fork_exec, by position. */
  @PyMethod("fork_exec") static PyObject forkExec(PyModule self, @PyMethod.Star PyObject[] a) {
    if (a.length != 23) throw Errors.typeError("fork_exec() takes exactly 23 arguments (%d given)", a.length);
    PosixState state = self.interpreter().posix();
    FdTable table = state.fds();
    List<String> argv = new ArrayList<>();
    for (PyObject arg : items(a[0])) argv.add(text(arg));
    Path cwd = a[4] == PyNone.NONE ? state.cwd() : state.resolve(text(a[4]));
    int p2cread = fd(a[6]), c2pwrite = fd(a[9]), errwrite = fd(a[11]);
    OpenFile errpipe = table.get(fd(a[13]));

    if (!Files.isDirectory(cwd)) return failed(state, errpipe, Files.exists(cwd) ? Errno.ENOTDIR : Errno.ENOENT, true);
    String program = null;
    int error = 0;
    for (PyObject candidate : items(a[1])) {
      String c = text(candidate);
      Path p = cwd.resolve(c);
      int e = !Files.exists(p) ? Errno.ENOENT : Files.isDirectory(p) || !Files.isExecutable(p) ? Errno.EACCES : 0;
      if (e == 0) {
        program = c;
        break;
      }
      if (error == 0 || error == Errno.ENOENT) error = e;
    }
    if (program == null) return failed(state, errpipe, error == 0 ? Errno.ENOENT : error, false);
    if (!argv.isEmpty()) argv.set(0, program);
    else argv.add(program);

    ProcessBuilder builder = new ProcessBuilder(argv).directory(cwd.toFile());
    Map<String, String> env = builder.environment();
    env.clear();
    if (a[5] == PyNone.NONE) {
      env.putAll(state.environment());
    } else {
      for (PyObject item : items(a[5])) {
        String kv = text(item);
        int eq = kv.indexOf('=');
        if (eq > 0) env.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    OpenFile in = p2cread >= 0 ? table.get(p2cread) : table.lookup(0);
    OpenFile out = c2pwrite >= 0 ? table.get(c2pwrite) : table.lookup(1);
    OpenFile err = errwrite >= 0 ? table.get(errwrite) : table.lookup(2);
    int[] passFds = passed(a[3], fd(a[13]));
    NativeOs os = NativeOs.get();
    if (passFds.length > 0 && os != null) {
      List<String> args = new ArrayList<>();
      for (PyObject arg : items(a[0])) args.add(text(arg));
      if (args.isEmpty()) args.add(program);
      OpenFile[] passFiles = new OpenFile[passFds.length];
      for (int i = 0; i < passFds.length; i++) passFiles[i] = table.get(passFds[i]);
      NativeSpawn.Request request = new NativeSpawn.Request(cwd.resolve(program).toString(), args, cwd.toString(), env,
          new OpenFile[] {in, out, err}, passFds, passFiles);
      try {
        return PyInt.of(Gil.releaseDuring("fork_exec", () -> NativeSpawn.start(state, os, request)));
      } catch (ErrnoException e) {
        return failed(state, errpipe, e.errno, false);
      } catch (IOException e) {
        throw OsErrors.of(e);
      }
    }
    builder.redirectInput(inputRedirect(in, 0));
    builder.redirectOutput(outputRedirect(out, 1));
    if (err == out && err != null && builder.redirectOutput() == Redirect.PIPE) builder.redirectErrorStream(true);
    else builder.redirectError(outputRedirect(err, 2));

    Process process;
    try {
      process = start(builder);
    } catch (IOException e) {
      Matcher m = JDK_ERRNO.matcher(String.valueOf(e.getMessage()));
      return failed(state, errpipe, m.find() ? Integer.parseInt(m.group(1)) : Errno.ENOENT, false);
    }
    Children.Child child = state.children().add(process);
    if (builder.redirectInput() == Redirect.PIPE) {
      if (in != null) Pump.toChild(in, process.getOutputStream(), table);
      else closeQuietly(process.getOutputStream());
    }
    if (builder.redirectOutput() == Redirect.PIPE) {
      child.pumps.add(Pump.fromChild(process.getInputStream(), out, table, () -> {}));
    }
    if (!builder.redirectErrorStream() && builder.redirectError() == Redirect.PIPE) {
      child.pumps.add(Pump.fromChild(process.getErrorStream(), err, table, () -> {}));
    }
    return PyInt.of(child.pid);
  }

  /** The descriptors the child keeps ({@code pass_fds}), less the error pipe: CPython's child has it close on exec. */
  private static int[] passed(PyObject passFds, int errpipeWrite) {
    return java.util.Arrays.stream(items(passFds)).mapToInt(ForkExec::fd).filter(fd -> fd != errpipeWrite).toArray();
  }

  private static Process start(ProcessBuilder builder) throws IOException {
    return Gil.releaseDuring("fork_exec", builder::start);
  }

  /** Where the child reads: the process's own stdin inherited, a file by path, else a pipe fed by a pump. */
  private static Redirect inputRedirect(OpenFile f, int standardFd) {
    if (f == null) return Redirect.from(new File("/dev/null"));
    if (f instanceof StreamFile s && s.processFd() == standardFd) return Redirect.INHERIT;
    if (f.kind() == OpenFile.Kind.FILE || isDevice(f)) return Redirect.from(f.path().toFile());
    return Redirect.PIPE;
  }

  /** Where the child writes: the process's own stream inherited, a file appended to, else a pipe and a pump. */
  private static Redirect outputRedirect(OpenFile f, int standardFd) {
    if (f == null) return Redirect.DISCARD;
    if (f instanceof StreamFile s && s.processFd() == standardFd) return Redirect.INHERIT;
    if (f.kind() == OpenFile.Kind.FILE || isDevice(f)) return Redirect.appendTo(f.path().toFile());
    return Redirect.PIPE;
  }

  /** /dev/null and its kind, opened by path. */
  private static boolean isDevice(OpenFile f) {
    return f instanceof ChannelFile && f.path() != null && f.path().startsWith("/dev/");
  }

  /**
   * What CPython's child does when exec (or chdir) fails: writes {@code OSError:<hex errno>:} ({@code noexec} when
   * the directory was the problem) to the error pipe and exits 255.
   */
  private static PyObject failed(PosixState state, OpenFile errpipe, int errno, boolean chdir) {
    String report = "OSError:" + Integer.toHexString(errno) + ":" + (chdir ? "noexec" : "");
    try {
      errpipe.write(ByteBuffer.wrap(report.getBytes(StandardCharsets.US_ASCII)));
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
    return PyInt.of(state.children().add(null).pid);
  }

  private static void closeQuietly(java.io.Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // the child's input is closed either way
    }
  }

  private static PyObject[] items(PyObject iterable) {
    return ((dev.kaa.objects.PyTuple) dev.kaa.objects.PyTuple.TYPE.call1(iterable)).toArray();
  }

  private static int fd(PyObject o) { return (int) Abstract.indexValue(o); }

  /** A str, bytes or path-like argument as text (bytes as the file system encoding decodes them). */
  private static String text(PyObject o) {
    PyObject p = PathArg.fspath(o);
    return p instanceof PyBytes b ? PathArg.decode(b.value) : ((PyStr) p).value;
  }
}
