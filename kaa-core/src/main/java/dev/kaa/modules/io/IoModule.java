package dev.kaa.modules.io;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The {@code _io} module: the io class hierarchy (raw, buffered and text streams, and the in-memory ones) that
 * CPython's {@code io.py} re-exports and registers with its ABCs, and {@code open()}. See docs/io.md.
 */
public final class IoModule {
  private IoModule() {}

  public static final String NAME = "_io";
  /** {@code io.DEFAULT_BUFFER_SIZE}. */
  public static final int DEFAULT_BUFFER_SIZE = 8192;

  private static final String DOC = "The io module provides the Python interfaces to stream handling. The\n"
      + "builtin open function is defined in this module.";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr(DOC), interp);
    m.addFunctions(IoModule.class);
    m.addFunctions(BuiltinOpen.class);
    m.put("DEFAULT_BUFFER_SIZE", PyInt.of(DEFAULT_BUFFER_SIZE));
    m.put("BlockingIOError", ExceptionTypes.BlockingIOError);
    m.put("UnsupportedOperation", IoState.current().unsupportedOperation);
    m.put("_IOBase", PyIOBase.TYPE);
    m.put("_RawIOBase", PyRawIOBase.TYPE);
    m.put("_BufferedIOBase", PyBufferedIOBase.TYPE);
    m.put("_TextIOBase", PyTextIOBase.TYPE);
    m.put("BytesIO", PyBytesIO.TYPE);
    m.put("StringIO", PyStringIO.TYPE);
    m.put("IncrementalNewlineDecoder", PyIncrementalNewlineDecoder.TYPE);
    m.put("FileIO", PyFileIO.TYPE);
    m.put("BufferedReader", PyBufferedReader.TYPE);
    m.put("BufferedWriter", PyBufferedWriter.TYPE);
    m.put("BufferedRandom", PyBufferedRandom.TYPE);
    m.put("BufferedRWPair", PyBufferedRWPair.TYPE);
    m.put("TextIOWrapper", PyTextIOWrapper.TYPE);
    return m;
  }

  /** {@code open_code(path)}: the file opened to read code, "rb", as the import system does. */
  @PyMethod(value = "open_code", positionalOnly = 0) static PyObject openCode(PyModule self, PyObject path) {
    if (!(path instanceof PyStr)) {
      throw Errors.typeError("open_code() argument 'path' must be str, not %s", path.type().name());
    }
    return OpenFunction.open(path, new PyStr("rb"), null, null, null, null, null, null);
  }

  /**
   * The binary stream under {@code sys.stdin/stdout/stderr}: a BufferedWriter ({@code writing}) or BufferedReader
   * over {@code FileIO(fd, closefd=False)}, named as the text stream is ("<stdout>"); under {@code -u} an output
   * stream's is the FileIO itself, as CPython's.
   */
  public static PyObject standardBuffer(int fd, boolean writing, String name, boolean unbuffered) {
    PyFileIO raw = (PyFileIO) PyFileIO.TYPE.call(new PyObject[] {PyInt.of(fd), new PyStr(writing ? "wb" : "rb"),
        dev.kaa.objects.PyBool.FALSE}, 0, 3, null);
    raw.dict().put(new PyStr("name"), new PyStr(name));
    if (writing && unbuffered) return raw;
    return writing ? new PyBufferedWriter(raw, DEFAULT_BUFFER_SIZE) : new PyBufferedReader(raw, DEFAULT_BUFFER_SIZE);
  }

  /**
   * {@code text_encoding(encoding, stacklevel=2)}: the encoding open() is to use when none is given — "locale",
   * which Kaa reads as UTF-8 (its locale's encoding), or "utf-8" in UTF-8 mode.
   */
  @PyMethod("text_encoding") static PyObject textEncoding(PyModule self, PyObject encoding,
      @PyMethod.Opt PyObject stacklevel) {
    if (encoding != PyNone.NONE) return encoding;
    PyObject flags = self.interpreter().sys().dict().getStr("flags");
    boolean utf8Mode = flags != null && Abstract.isTrue(Attributes.get(flags, "utf8_mode"));
    return new PyStr(utf8Mode ? "utf-8" : "locale");
  }
}
