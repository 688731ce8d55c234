package dev.kaa.modules.io;

import dev.kaa.modules.posix.PathArg;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.text.StrRepr;

/**
 * {@code open()} as CPython's {@code _io.open}: the mode string checked and split into the raw mode and text/binary,
 * a FileIO, the buffered class the mode asks for (none when {@code buffering=0} in binary mode), and a TextIOWrapper
 * in text mode, whose {@code mode} attribute is the mode string given.
 */
final class OpenFunction {
  private OpenFunction() {}

  static PyObject open(PyObject file, PyObject mode, PyObject buffering, PyObject encoding, PyObject errors,
                       PyObject newline, PyObject closefd, PyObject opener) {
    if (!(file instanceof PyInt)) PathArg.fspath(file);
    String m = "r";
    if (mode != null) {
      if (!(mode instanceof PyStr s)) {
        throw Errors.typeError("open() argument 'mode' must be str, not %s", mode.type().name());
      }
      m = s.value;
    }
    checkOptionalStr(encoding, "encoding");
    checkOptionalStr(errors, "errors");
    checkOptionalStr(newline, "newline");
    long buffer = buffering == null ? -1 : Abstract.indexValue(buffering);
    boolean creating = false, reading = false, writing = false, appending = false, updating = false;
    boolean text = false, binary = false;
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      if ("rwxab+t".indexOf(c) < 0 || m.indexOf(c, i + 1) >= 0) {
        throw Errors.valueError("invalid mode: %s", StrRepr.repr(m));
      }
      switch (c) {
        case 'x' -> creating = true;
        case 'r' -> reading = true;
        case 'w' -> writing = true;
        case 'a' -> appending = true;
        case '+' -> updating = true;
        case 't' -> text = true;
        default -> binary = true;
      }
    }
    String rawMode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "")
        + (updating ? "+" : "");
    if (text && binary) throw Errors.valueError("can't have text and binary mode at once");
    if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
      throw Errors.valueError("must have exactly one of create/read/write/append mode");
    }
    if (binary && given(encoding)) throw Errors.valueError("binary mode doesn't take an encoding argument");
    if (binary && given(errors)) throw Errors.valueError("binary mode doesn't take an errors argument");
    if (binary && given(newline)) throw Errors.valueError("binary mode doesn't take a newline argument");
    PyFileIO raw = (PyFileIO) PyFileIO.TYPE.call(new PyObject[] {file, new PyStr(rawMode),
        closefd == null ? PyBool.TRUE : closefd, opener == null ? PyNone.NONE : opener}, 0, 4, null);
    PyObject result = raw;
    try {
      boolean lineBuffering = false;
      if (buffer == 1 || buffer < 0 && raw.isatty() == PyBool.TRUE) {
        buffer = -1;
        lineBuffering = true;
      }
      if (buffer < 0) buffer = IoModule.DEFAULT_BUFFER_SIZE;
      if (buffer == 0) {
        if (binary) return raw;
        throw Errors.valueError("can't have unbuffered text I/O");
      }
      int size = (int) Math.min(buffer, Integer.MAX_VALUE - 8);
      PyBuffered buffered = updating ? new PyBufferedRandom(raw, size)
          : creating || writing || appending ? new PyBufferedWriter(raw, size)
          : new PyBufferedReader(raw, size);
      result = buffered;
      if (binary) return buffered;
      PyTextIOWrapper wrapper = PyTextIOWrapper.wrap(buffered, encoding, errors, newline, lineBuffering);
      result = wrapper;
      wrapper.dict().put(new PyStr("mode"), new PyStr(m));
      return wrapper;
    } catch (PyException e) {
      try {
        dev.kaa.objects.Attributes.get(result, "close").call0();
      } catch (PyException ignored) {
        // the first failure is the one to report
      }
      throw e;
    }
  }

  private static boolean given(PyObject o) { return o != null && o != PyNone.NONE; }

  private static void checkOptionalStr(PyObject o, String name) {
    if (given(o) && !(o instanceof PyStr)) {
      throw Errors.typeError("open() argument '%s' must be str or None, not %s", name, o.type().name());
    }
  }
}
