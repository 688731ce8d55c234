package dev.kaa.objects;

import dev.kaa.parse.CompileError;

/**
 * {@code SyntaxError} (and IndentationError, TabError): {@code msg} and the location fields {@code filename},
 * {@code lineno}, {@code offset}, {@code text}, {@code end_lineno}, {@code end_offset}, from
 * {@code SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))}. Its str names the file and line.
 */
public final class PySyntaxError extends PyBaseException {
  /** As CPython's struct: null is "never set" (read as None). */
  PyObject msg, filename, lineno, offset, text, endLineno, endOffset, printFileAndLine;

  PySyntaxError(PyType type, PyTuple args) { super(type, args); }

  /** The SyntaxError object for an error of the front end (any kind but ValueError), as {@code compile()} raises it. */
  public static PySyntaxError of(CompileError error) {
    PyType type = switch (error.kind) {
      case SyntaxError -> ExceptionTypes.SyntaxError;
      case IndentationError -> ExceptionTypes.IndentationError;
      case TabError -> ExceptionTypes.TabError;
      case ValueError -> throw new IllegalArgumentException("a ValueError is no SyntaxError");
    };
    PyObject location = PyTuple.of(strOrNone(error.filename), PyInt.of(error.lineno), PyInt.of(error.offset),
        strOrNone(error.text), PyInt.of(error.endLineno), PyInt.of(error.endOffset));
    return (PySyntaxError) PyBaseException.create(type, new PyStr(error.msg), location);
  }

  private static PyObject strOrNone(String s) { return s == null ? PyNone.NONE : new PyStr(s); }

  @PyMethod("__init__") void initSyntaxError(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    init(args, kwargs);
    if (args.length >= 1) msg = args[0];
    if (args.length == 2) {
      PyTuple info = PyTuple.wrap(items(args[1]));
      if (info.size() < 4) throw Errors.typeError("function takes at least 4 arguments (%d given)", info.size());
      if (info.size() > 6) throw Errors.typeError("function takes at most 6 arguments (%d given)", info.size());
      filename = info.get(0);
      lineno = info.get(1);
      offset = info.get(2);
      text = info.get(3);
      endLineno = info.size() > 4 ? info.get(4) : null;
      endOffset = info.size() > 5 ? info.get(5) : null;
      if (endLineno != null && endOffset == null) {
        throw Errors.typeError("end_offset must be provided when end_lineno is provided");
      }
    }
  }

  /** {@code msg (file.py, line 3)}: the file's base name, and the line when it is an int. */
  @PyMethod("__str__") PyObject strSyntaxError() {
    String file = filename instanceof PyStr s ? s.value.substring(s.value.lastIndexOf('/') + 1) : null;
    boolean haveLine = lineno != null && lineno.type() == PyInt.TYPE;
    String m = Abstract.str(orNone(msg)).value;
    if (file == null && !haveLine) return new PyStr(m);
    if (file != null && haveLine) return new PyStr(m + " (" + file + ", line " + Abstract.str(lineno).value + ")");
    return new PyStr(file != null ? m + " (" + file + ")" : m + " (line " + Abstract.str(lineno).value + ")");
  }

  @PyGetter("msg") PyObject getMsg() { return orNone(msg); }

  @PySetter("msg") void setMsg(PyObject v) { msg = v; }

  @PyGetter("filename") PyObject getFilename() { return orNone(filename); }

  @PySetter("filename") void setFilename(PyObject v) { filename = v; }

  @PyGetter("lineno") PyObject getLineno() { return orNone(lineno); }

  @PySetter("lineno") void setLineno(PyObject v) { lineno = v; }

  @PyGetter("offset") PyObject getOffset() { return orNone(offset); }

  @PySetter("offset") void setOffset(PyObject v) { offset = v; }

  @PyGetter("text") PyObject getText() { return orNone(text); }

  @PySetter("text") void setText(PyObject v) { text = v; }

  @PyGetter("end_lineno") PyObject getEndLineno() { return orNone(endLineno); }

  @PySetter("end_lineno") void setEndLineno(PyObject v) { endLineno = v; }

  @PyGetter("end_offset") PyObject getEndOffset() { return orNone(endOffset); }

  @PySetter("end_offset") void setEndOffset(PyObject v) { endOffset = v; }

  @PyGetter("print_file_and_line") PyObject getPrintFileAndLine() { return orNone(printFileAndLine); }

  @PySetter("print_file_and_line") void setPrintFileAndLine(PyObject v) { printFileAndLine = v; }
}
