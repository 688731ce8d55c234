package dev.kaa.modules.csv;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.objects.SubclassableObject;

/**
 * {@code _csv.Dialect}: the formatting parameters, checked once with CPython's messages. Built from a registered
 * name, any object with the attributes (csv.Dialect subclasses), and keyword overrides.
 */
final class PyDialect extends SubclassableObject {
  static final PyType TYPE = new PyType("_csv.Dialect", PyType.IMMUTABLE | PyType.BASETYPE, PyDialect.class,
      PyType.OBJECT);

  static final int QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3, QUOTE_STRINGS = 4,
      QUOTE_NOTNULL = 5;
  private static final String[] NAMES = {"delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
      "quoting", "skipinitialspace", "strict"};

  final int delimiter;
  final boolean doublequote;
  final int escapechar;  // -1: none
  final String lineterminator;
  final int quotechar;   // -1: none
  final int quoting;
  final boolean skipinitialspace;
  final boolean strict;

  private PyDialect(PyType type, PyObject[] v) {
    super(type);
    delimiter = charParam("delimiter", v[0], ',', false);
    doublequote = v[1] == null || Abstract.isTrue(v[1]);
    escapechar = charParam("escapechar", v[2], -1, true);
    if (v[3] != null && !(v[3] instanceof PyStr)) throw Errors.typeError("\"lineterminator\" must be a string");
    lineterminator = v[3] == null ? "\r\n" : ((PyStr) v[3]).value;
    if (v[5] != null && !(v[5] instanceof PyInt)) throw Errors.typeError("\"quoting\" must be an integer");
    // quotechar=None alone means no quoting
    quoting = v[5] == null ? (v[4] == PyNone.NONE ? QUOTE_NONE : QUOTE_MINIMAL) : (int) Abstract.indexValue(v[5]);
    if (quoting < 0 || quoting > QUOTE_NOTNULL) throw Errors.typeError("bad \"quoting\" value");
    quotechar = charParam("quotechar", v[4] == null ? new PyStr("\"") : v[4], '"', true);
    skipinitialspace = v[6] != null && Abstract.isTrue(v[6]);
    strict = v[7] != null && Abstract.isTrue(v[7]);
    if (quotechar < 0 && quoting != QUOTE_NONE && v[5] != null) {
      throw Errors.typeError("quotechar must be set if quoting enabled");
    }
  }

  private static int charParam(String name, PyObject v, int dflt, boolean noneAllowed) {
    if (v == null) return dflt;
    if (v == PyNone.NONE && noneAllowed) return -1;
    if (!(v instanceof PyStr s)) throw Errors.typeError("\"%s\" must be string, not %s", name, v.type().name());
    if (s.value.codePointCount(0, s.value.length()) != 1) {
      throw Errors.typeError("\"%s\" must be a 1-character string", name);
    }
    return s.value.codePointAt(0);
  }

  /** A dialect from a name, a dialect-like object and keyword overrides, as reader(), writer() and Dialect() take. */
  static PyDialect of(PyType type, PyObject dialect, PyDict kwargs) {
    if (dialect instanceof PyStr name) dialect = CsvState.current().get(name);
    if (dialect instanceof PyDialect d && (kwargs == null || kwargs.size() == 0) && type == TYPE) return d;
    PyObject[] values = new PyObject[NAMES.length];
    for (int i = 0; i < NAMES.length; i++) {
      PyObject v = kwargs == null ? null : kwargs.get(new PyStr(NAMES[i]));
      if (v == null && dialect != null) v = Abstract.getAttrOrNull(dialect, NAMES[i]);
      values[i] = v;
    }
    if (kwargs != null) {
      kwargs.forEach((k, v) -> {
        if (!java.util.Arrays.asList(NAMES).contains(k.toString())) {
          throw Errors.typeError("'%s' is an invalid keyword argument for this function", k);
        }
      });
    }
    return new PyDialect(type, values);
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (args.length > 1) throw Errors.typeError("Dialect() takes at most 1 argument (%d given)", args.length);
    return of(cls, args.length == 1 ? args[0] : null, kwargs);
  }

  private static PyObject charOrNone(int c) { return c < 0 ? PyNone.NONE : new PyStr(Character.toString(c)); }

  @PyGetter("delimiter") PyObject getDelimiter() { return charOrNone(delimiter); }

  @PyGetter("doublequote") PyObject getDoublequote() { return PyBool.of(doublequote); }

  @PyGetter("escapechar") PyObject getEscapechar() { return charOrNone(escapechar); }

  @PyGetter("lineterminator") PyObject getLineterminator() { return new PyStr(lineterminator); }

  @PyGetter("quotechar") PyObject getQuotechar() { return charOrNone(quotechar); }

  @PyGetter("quoting") PyObject getQuoting() { return PyInt.of(quoting); }

  @PyGetter("skipinitialspace") PyObject getSkipinitialspace() { return PyBool.of(skipinitialspace); }

  @PyGetter("strict") PyObject getStrict() { return PyBool.of(strict); }
}
