package dev.kaa.modules.posix;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Codecs;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import java.nio.file.Path;

/**
 * A path argument as CPython's {@code path_converter} takes it: str, bytes or os.PathLike (through
 * {@code __fspath__}), and for functions that accept one, an open descriptor. {@code name} is what errors report as
 * the file name: the str or bytes the argument came to. Bytes are decoded as the file system encoding (UTF-8 with
 * surrogateescape) does.
 */
public record PathArg(PyObject name, String text, boolean bytes, int fd) {
  /** An argument {@code arg} of {@code function}; {@code allowFd}: an int names an open descriptor. */
  public static PathArg of(String function, String arg, PyObject o, boolean allowFd) {
    if (allowFd && o instanceof PyInt n) return new PathArg(o, null, false, (int) Abstract.indexValue(n));
    PyObject p = o instanceof PyStr || o instanceof PyBytes ? o : fspathOrNull(o);
    if (p == null) {
      throw Errors.typeError("%s: %s should be string, bytes%s, not %s", function, arg,
          allowFd ? ", os.PathLike or integer" : " or os.PathLike", o.type().name());
    }
    if (p instanceof PyStr s) {
      if (s.value.indexOf('\0') >= 0) throw Errors.valueError("embedded null byte");
      return new PathArg(p, s.value, false, -1);
    }
    byte[] b = ((PyBytes) p).value;
    for (byte x : b) if (x == 0) throw Errors.valueError("%s: embedded null character in path", function);
    return new PathArg(p, decode(b), true, -1);
  }

  /** {@code os.fsdecode}. By the codec, not its name: normalising "utf-8" at every call cost start-up ~0.5%. */
  public static String decode(byte[] b) {
    return Codecs.decode(b, Codecs.Codec.UTF_8, "surrogateescape", true).text();
  }

  /** {@code os.fsencode}. */
  public static byte[] encode(String s) { return Codecs.encode(s, Codecs.Codec.UTF_8, "surrogateescape"); }

  /** {@code os.fspath(o)}: str and bytes as they are, else what {@code __fspath__} returns. */
  public static PyObject fspath(PyObject o) {
    if (o instanceof PyStr || o instanceof PyBytes) return o;
    PyObject p = fspathOrNull(o);
    if (p == null) {
      throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", o.type().name());
    }
    return p;
  }

  private static PyObject fspathOrNull(PyObject o) {
    PyType t = o.type();
    PyObject method = t.lookup("__fspath__");
    if (method == null || method == PyNone.NONE) return null;
    PyObject p = Abstract.callMethod(o, method);
    if (!(p instanceof PyStr) && !(p instanceof PyBytes)) {
      throw Errors.typeError("expected %s.__fspath__() to return str or bytes, not %s", t.name(), p.type().name());
    }
    return p;
  }

  public boolean isFd() { return text == null; }

  /** The path against the interpreter's current directory; FileNotFoundError for '' as POSIX has it. */
  public Path resolve(PosixState state) {
    if (text.isEmpty()) throw OsErrors.ofErrno(Errno.ENOENT, name, null);
    return state.resolve(text);
  }

  /** Text of a result in the argument's kind: bytes when the argument was bytes ({@code listdir(b'.')}). */
  public PyObject result(String s) { return bytes ? new PyBytes(encode(s)) : new PyStr(s); }
}
