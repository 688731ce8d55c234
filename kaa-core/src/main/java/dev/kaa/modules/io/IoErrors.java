package dev.kaa.modules.io;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;

/** The errors the io classes raise, worded as CPython's {@code _io}. */
final class IoErrors {
  private IoErrors() {}

  /** {@code io.UnsupportedOperation(message)}. */
  static PyException unsupported(String message) {
    return Errors.of(IoState.current().unsupportedOperation, "%s", message);
  }

  static PyException closed() { return Errors.valueError("I/O operation on closed file."); }

  static PyException uninitialized() { return Errors.valueError("I/O operation on uninitialized object"); }

  static PyException notReadable() { return unsupported("File or stream is not readable."); }

  static PyException notWritable() { return unsupported("File or stream is not writable."); }

  static PyException notSeekable() { return unsupported("File or stream is not seekable."); }

  /**
   * A size argument: an int (by {@code __index__}) or None for "all" (-1), as CPython's
   * {@code _Py_convert_optional_to_ssize_t}.
   */
  static long optionalSize(PyObject size) {
    if (size == null || size == PyNone.NONE) return -1;
    if (size.type().lookup("__index__") == null) {
      throw Errors.typeError("argument should be integer or None, not '%s'", size.type().name());
    }
    return Abstract.indexValue(size);
  }

  /** An OSError with only a message (CPython's {@code PyErr_SetString(PyExc_OSError, ...)}). */
  static PyException osError(String message) { return Errors.of(ExceptionTypes.OSError, "%s", message); }
}
