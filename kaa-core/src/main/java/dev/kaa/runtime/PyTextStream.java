package dev.kaa.runtime;

import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.strings.StrEncode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * {@code sys.stdin}, {@code sys.stdout}, {@code sys.stderr}: text over a Java byte stream (UTF-8, or the codec
 * {@code PYTHONIOENCODING} names), shown to Python as CPython's {@code _io.TextIOWrapper} (the {@code io} module and
 * its class hierarchy come with a later issue). Output is buffered and written out by {@link #flush()} (at exit,
 * before reading stdin, when the buffer fills); a line-buffered stream (stderr; stdout on a terminal) also flushes at
 * each newline, and under {@code -u} every write goes out at once. stdout encodes strictly, so a lone surrogate is
 * CPython's UnicodeEncodeError; stderr writes it as backslash escapes (backslashreplace), as CPython's.
 */
public final class PyTextStream extends PyObject {
  public static final PyType TYPE = new PyType("_io.TextIOWrapper", PyType.IMMUTABLE, PyTextStream.class,
      PyType.OBJECT);
  private static final int BUFFER_LIMIT = 1 << 13;

  private final String name;
  private final String mode;
  private final int fileno;
  private final OutputStream out;
  private final InputStream in;
  private boolean lineBuffered;
  /** {@code -u}: every write goes out at once. */
  private boolean writeThrough;
  /** The codec's name ("utf-8", "iso8859-1", "ascii") and the error handler for what it cannot encode. */
  private String encoding, errors;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  /** Flushed before this stream reads (stdin flushes stdout, as CPython's input() does). */
  private final PyTextStream flushBeforeRead;
  private boolean closed;
  /** {@code buffer}: the byte stream under this one ({@link #bufferAttr}), made when first asked for; else null. */
  private PyObject buffer;

  private PyTextStream(String name, String mode, int fileno, OutputStream out, InputStream in, boolean lineBuffered,
                       boolean writeThrough, String encoding, String errors, PyTextStream flushBeforeRead) {
    this.name = name;
    this.mode = mode;
    this.fileno = fileno;
    this.out = out;
    this.in = in;
    this.lineBuffered = lineBuffered;
    this.writeThrough = writeThrough;
    this.encoding = encoding;
    this.errors = errors;
    this.flushBeforeRead = flushBeforeRead;
  }

  /** {@code PYTHONIOENCODING}'s encoding as the codec names it; a codec Kaa lacks is CPython's LookupError. */
  private static String encoding(Startup startup) {
    if (startup.ioEncoding() == null || startup.ioEncoding().isEmpty()) return "utf-8";
    String name = StrEncode.codecName(startup.ioEncoding());
    if (name == null) throw Errors.of(ExceptionTypes.LookupError, "unknown encoding: %s", startup.ioEncoding());
    return name;
  }

  private static String errors(Startup startup, String otherwise) {
    return startup.ioErrors() == null || startup.ioErrors().isEmpty() ? otherwise : startup.ioErrors();
  }

  static PyTextStream stdout(OutputStream out, Startup startup) {
    return new PyTextStream("<stdout>", "w", 1, out, null, startup.stdoutLineBuffered(), startup.unbuffered(),
        encoding(startup), errors(startup, "strict"), null);
  }

  /** stderr always escapes what it cannot encode, whatever PYTHONIOENCODING says, as CPython's. */
  static PyTextStream stderr(OutputStream err, Startup startup) {
    return new PyTextStream("<stderr>", "w", 2, err, null, true, startup.unbuffered(), encoding(startup),
        "backslashreplace", null);
  }

  static PyTextStream stdin(InputStream in, Startup startup, PyTextStream stdout) {
    return new PyTextStream("<stdin>", "r", 0, null, in, false, false, encoding(startup), errors(startup, "strict"),
        stdout);
  }

  @Override public PyType type() { return TYPE; }

  /** Writes {@code text} (Java-side callers: print, tracebacks). */
  public void write(String text) {
    checkOpen();
    if (buffer != null) Attributes.get(buffer, "flush").call0();  // bytes written there come out first
    if (out == null) throw Errors.of(ExceptionTypes.OSError, "not writable");
    byte[] bytes = StrEncode.encode(text, encoding, errors);
    pending.write(bytes, 0, bytes.length);
    if (writeThrough || pending.size() >= BUFFER_LIMIT || (lineBuffered && text.indexOf('\n') >= 0)) flush();
  }

  private void checkOpen() {
    if (closed) throw Errors.valueError("I/O operation on closed file.");
  }

  @PyMethod("write") PyObject writeMethod(PyObject s) {
    if (!(s instanceof PyStr str)) throw Errors.typeError("write() argument must be str, not %s", s.type().name());
    write(str.value);
    return PyInt.of(str.value.codePointCount(0, str.value.length()));
  }

  @PyMethod("flush") public void flush() {
    if (buffer != null) Attributes.get(buffer, "flush").call0();
    if (out == null || pending.size() == 0) return;
    byte[] bytes = pending.toByteArray();
    pending.reset();
    try {
      Gil.releaseDuring("write", () -> {
        out.write(bytes);
        out.flush();
      });
    } catch (IOException e) {
      throw dev.kaa.modules.posix.OsErrors.of(e);  // EPIPE: BrokenPipeError, as CPython
    }
  }

  /** One line including its newline; "" at the end of input. */
  public String readLine() {
    checkOpen();
    if (in == null) throw Errors.of(ExceptionTypes.OSError, "not readable");
    if (flushBeforeRead != null) flushBeforeRead.flush();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      Gil.releaseDuring("input", () -> {
        for (int b; (b = in.read()) >= 0; ) {
          line.write(b);
          if (b == '\n') break;
        }
      });
    } catch (IOException e) {
      throw dev.kaa.modules.posix.OsErrors.of(e);  // EPIPE: BrokenPipeError, as CPython
    }
    return line.toString(charset());
  }

  @PyMethod("readline") PyObject readlineMethod(@PyMethod.Opt PyObject size) {
    return new PyStr(readLine());
  }

  @PyMethod("read") PyObject read(@PyMethod.Opt PyObject size) {
    StringBuilder sb = new StringBuilder();
    for (String line = readLine(); !line.isEmpty(); line = readLine()) sb.append(line);
    return new PyStr(sb.toString());
  }

  @PyMethod("readable") PyObject readable() { return PyBool.of(in != null); }

  @PyMethod("writable") PyObject writable() { return PyBool.of(out != null); }

  @PyMethod("isatty") PyObject isatty() { return PyBool.of(Terminals.isatty(fileno)); }

  @PyMethod("fileno") PyObject filenoMethod() { return PyInt.of(fileno); }

  @PyMethod("close") void close() {
    if (closed) return;
    flush();
    closed = true;
  }

  @PyMethod("__enter__") PyObject enter() {
    checkOpen();
    return this;
  }

  /** {@code with sys.stdin:} closes the stream at the end, as any file's. */
  @PyMethod("__exit__") void exit(@PyMethod.Star PyObject[] excInfo) { close(); }

  /**
   * {@code sys.stdout.buffer} (and stdin's, stderr's): a BufferedWriter, or BufferedReader for stdin, over this
   * stream's descriptor, made the first time, after writing out the text this stream holds.
   */
  @PyGetter("buffer") PyObject bufferAttr() {
    if (buffer == null) {
      flush();
      buffer = dev.kaa.modules.io.IoModule.standardBuffer(fileno, out != null, name, writeThrough);
    }
    return buffer;
  }

  /**
   * {@code reconfigure(*, encoding, errors, newline, line_buffering, write_through)}: what is pending goes out under
   * the old settings first. A new encoding without errors means "strict", as CPython's. The newline translation of
   * these streams is always "\n", so {@code newline} is accepted and has no effect.
   */
  @PyMethod(value = "reconfigure", positionalOnly = 0)
  void reconfigure(@PyMethod.KwOnly @PyMethod.Opt PyObject encoding, @PyMethod.KwOnly @PyMethod.Opt PyObject errors,
                   @PyMethod.KwOnly @PyMethod.Opt PyObject newline,
                   @PyMethod.KwOnly @PyMethod.Opt PyObject line_buffering,
                   @PyMethod.KwOnly @PyMethod.Opt PyObject write_through) {
    String codec = null;
    if (encoding != null && encoding != dev.kaa.objects.PyNone.NONE) {
      codec = StrEncode.codecName(strArg("encoding", encoding));
      if (codec == null) throw Errors.of(ExceptionTypes.LookupError, "unknown encoding: %s", encoding);
    }
    String handler = errors == null || errors == dev.kaa.objects.PyNone.NONE ? null : strArg("errors", errors);
    flush();
    if (codec != null) {
      this.encoding = codec;
      this.errors = handler == null ? "strict" : handler;
    } else if (handler != null) {
      this.errors = handler;
    }
    if (line_buffering != null && line_buffering != dev.kaa.objects.PyNone.NONE) {
      lineBuffered = dev.kaa.objects.Abstract.isTrue(line_buffering);
    }
    if (write_through != null && write_through != dev.kaa.objects.PyNone.NONE) {
      writeThrough = dev.kaa.objects.Abstract.isTrue(write_through);
    }
  }

  private static String strArg(String what, PyObject o) {
    if (o instanceof PyStr s) return s.value;
    throw Errors.typeError("reconfigure() argument '%s' must be str or None, not %s", what, o.type().name());
  }

  @PyGetter("closed") PyObject isClosed() { return PyBool.of(closed); }

  @PyGetter("name") PyObject nameAttr() { return new PyStr(name); }

  @PyGetter("mode") PyObject modeAttr() { return new PyStr(mode); }

  @PyGetter("encoding") PyObject encodingAttr() { return new PyStr(encoding); }

  @PyGetter("errors") PyObject errorsAttr() { return new PyStr(errors); }

  @PyGetter("line_buffering") PyObject lineBuffering() { return PyBool.of(lineBuffered && !writeThrough); }

  @PyGetter("write_through") PyObject writeThrough() { return PyBool.of(writeThrough); }

  /** The newline kinds seen: None, as CPython's std streams split at "\n" and so have no newline decoder. */
  @PyGetter("newlines") PyObject newlines() { return PyNone.NONE; }

  private Charset charset() {
    return switch (encoding) {
      case "iso8859-1" -> StandardCharsets.ISO_8859_1;
      case "ascii" -> StandardCharsets.US_ASCII;
      default -> StandardCharsets.UTF_8;
    };
  }

  @PyMethod("__repr__") PyObject repr() {
    return new PyStr("<_io.TextIOWrapper name='" + name + "' mode='" + mode + "' encoding='" + encoding + "'>");
  }

  /** Flushes, reporting nothing: used at exit, where a failing stream has nowhere to report to. */
  void flushQuietly() {
    try {
      flush();
    } catch (PyException e) {
      // the program is ending and the stream is broken: nothing more to do
    }
  }
}
