package dev.kaa.runtime;

import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code sys.stdin}, {@code sys.stdout}, {@code sys.stderr}: UTF-8 text over a Java byte stream, shown to Python as
 * CPython's {@code _io.TextIOWrapper} (the {@code io} module and its class hierarchy come with a later issue).
 * Output is buffered and written out by {@link #flush()} (at exit, before reading stdin, when the buffer fills);
 * a line-buffered stream (stderr) also flushes at each newline. stdout encodes strictly, so a lone surrogate is
 * CPython's UnicodeEncodeError; stderr writes it as as backslash escapes (backslashreplace), as CPython's.
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
  private final boolean lineBuffered;
  private final boolean strict;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  /** Flushed before this stream reads (stdin flushes stdout, as CPython's input() does). */
  private final PyTextStream flushBeforeRead;
  private boolean closed;

  private PyTextStream(String name, String mode, int fileno, OutputStream out, InputStream in, boolean lineBuffered,
                       boolean strict, PyTextStream flushBeforeRead) {
    this.name = name;
    this.mode = mode;
    this.fileno = fileno;
    this.out = out;
    this.in = in;
    this.lineBuffered = lineBuffered;
    this.strict = strict;
    this.flushBeforeRead = flushBeforeRead;
  }

  static PyTextStream stdout(OutputStream out) {
    return new PyTextStream("<stdout>", "w", 1, out, null, false, true, null);
  }

  static PyTextStream stderr(OutputStream err) {
    return new PyTextStream("<stderr>", "w", 2, err, null, true, false, null);
  }

  static PyTextStream stdin(InputStream in, PyTextStream stdout) {
    return new PyTextStream("<stdin>", "r", 0, null, in, false, true, stdout);
  }

  @Override public PyType type() { return TYPE; }

  /** Writes {@code text} (Java-side callers: print, tracebacks). */
  public void write(String text) {
    checkOpen();
    if (out == null) throw Errors.of(ExceptionTypes.OSError, "not writable");
    byte[] bytes = encode(text);
    pending.write(bytes, 0, bytes.length);
    if (pending.size() >= BUFFER_LIMIT || (lineBuffered && text.indexOf('\n') >= 0)) flush();
  }

  private byte[] encode(String text) {
    int bad = loneSurrogate(text);
    if (bad < 0) return text.getBytes(StandardCharsets.UTF_8);
    if (strict) {
      throw Errors.of(ExceptionTypes.UnicodeEncodeError,
          "'utf-8' codec can't encode character '\\u%04x' in position %d: surrogates not allowed",
          (int) text.charAt(bad), text.codePointCount(0, bad));
    }
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        sb.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The index of the first unpaired surrogate in {@code s}, or -1. */
  private static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isSurrogate(c)) continue;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      return i;
    }
    return -1;
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
    if (out == null || pending.size() == 0) return;
    try {
      pending.writeTo(out);
      out.flush();
    } catch (IOException e) {
      throw Errors.of(ExceptionTypes.OSError, "%s", e.getMessage());
    } finally {
      pending.reset();
    }
  }

  /** One line including its newline; "" at the end of input. */
  public String readLine() {
    checkOpen();
    if (in == null) throw Errors.of(ExceptionTypes.OSError, "not readable");
    if (flushBeforeRead != null) flushBeforeRead.flush();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      int b;
      while ((b = in.read()) >= 0) {
        line.write(b);
        if (b == '\n') break;
      }
    } catch (IOException e) {
      throw Errors.of(ExceptionTypes.OSError, "%s", e.getMessage());
    }
    return line.toString(StandardCharsets.UTF_8);
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

  @PyMethod("isatty") PyObject isatty() { return PyBool.FALSE; }

  @PyMethod("fileno") PyObject filenoMethod() { return PyInt.of(fileno); }

  @PyMethod("close") void close() {
    if (closed) return;
    flush();
    closed = true;
  }

  @PyGetter("closed") PyObject isClosed() { return PyBool.of(closed); }

  @PyGetter("name") PyObject nameAttr() { return new PyStr(name); }

  @PyGetter("mode") PyObject modeAttr() { return new PyStr(mode); }

  @PyGetter("encoding") PyObject encoding() { return new PyStr("utf-8"); }

  @PyGetter("errors") PyObject errors() { return new PyStr(strict ? "strict" : "backslashreplace"); }

  @PyGetter("line_buffering") PyObject lineBuffering() { return PyBool.of(lineBuffered); }

  @PyMethod("__repr__") PyObject repr() {
    return new PyStr("<_io.TextIOWrapper name='" + name + "' mode='" + mode + "' encoding='utf-8'>");
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
