package dev.kaa.modules.csv;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyComplex;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;
import dev.kaa.objects.ExceptionTypes;

/** {@code _csv.writer}: rows joined with CPython's quoting and escaping rules, written through {@code write}. */
final class PyCsvWriter extends PyObject {
  static final PyType TYPE = new PyType("_csv.Writer", PyType.IMMUTABLE, PyCsvWriter.class, PyType.OBJECT);

  private final PyObject write;
  private final PyDialect dialect;
  private final CsvState state = CsvState.current();

  PyCsvWriter(PyObject write, PyDialect dialect) {
    this.write = write;
    this.dialect = dialect;
  }

  @Override public PyType type() { return TYPE; }

  @PyGetter("dialect") PyObject dialect() { return dialect; }

  private static boolean isNumber(PyObject o) {
    PyType t = o.type();
    return o instanceof PyComplex || t.lookupSpecial(Special.INDEX) != null || t.lookupSpecial(Special.INT) != null
        || t.lookupSpecial(Special.FLOAT) != null;
  }

  @PyMethod PyObject writerow(PyObject row) {
    PyObject it;
    try {
      it = Abstract.iter(row);
    } catch (PyException e) {
      if (!e.matches(ExceptionTypes.TypeError)) throw e;
      throw state.error("iterable expected, not %s", row.type().name());
    }
    StringBuilder record = new StringBuilder();
    int count = 0;
    for (PyObject f = Abstract.next(it); f != null; f = Abstract.next(it)) {
      boolean quoted = switch (dialect.quoting) {
        case PyDialect.QUOTE_NONNUMERIC -> !isNumber(f);
        case PyDialect.QUOTE_ALL -> true;
        case PyDialect.QUOTE_STRINGS -> f instanceof PyStr;
        case PyDialect.QUOTE_NOTNULL -> f != PyNone.NONE;
        default -> false;
      };
      String text = f instanceof PyStr s ? s.value : f == PyNone.NONE ? ""
          : f instanceof PyFloat ? Abstract.repr(f).value : Abstract.str(f).value;
      append(record, count++, text, quoted);
    }
    if (count == 1 && record.isEmpty()) {  // a lone empty field must be quoted to be read back
      if (dialect.quoting == PyDialect.QUOTE_NONE) throw state.error("single empty field record must be quoted");
      append(record, 0, "", true);
    }
    record.append(dialect.lineterminator);
    return write.call1(new PyStr(record.toString()));
  }

  @PyMethod PyObject writerows(PyObject rows) {
    PyObject it = Abstract.iter(rows);
    for (PyObject row = Abstract.next(it); row != null; row = Abstract.next(it)) writerow(row);
    return PyNone.NONE;
  }

  private boolean special(int c) {
    PyDialect d = dialect;
    return c == d.delimiter || c == d.escapechar || c == d.quotechar || c == '\n' || c == '\r'
        || d.lineterminator.indexOf(c) >= 0;
  }

  private void append(StringBuilder out, int index, String text, boolean quoted) {
    PyDialect d = dialect;
    if (!quoted && d.quoting != PyDialect.QUOTE_NONE) {
      for (int i = 0; i < text.length() && !quoted; i++) {
        int c = text.charAt(i);
        quoted = special(c) && !(c == d.escapechar || (c == d.quotechar && !d.doublequote));
      }
    }
    if (index > 0) out.appendCodePoint(d.delimiter);
    if (quoted) out.appendCodePoint(d.quotechar);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (special(c)) {
        boolean escape;
        if (d.quoting == PyDialect.QUOTE_NONE) {
          escape = true;
        } else if (c == d.quotechar && d.doublequote) {
          out.appendCodePoint(c);
          escape = false;
        } else {
          escape = c == d.quotechar || c == d.escapechar;
        }
        if (escape) {
          if (d.escapechar < 0) throw state.error("need to escape, but no escapechar set");
          out.appendCodePoint(d.escapechar);
        }
      }
      out.appendCodePoint(c);
    }
    if (quoted) out.appendCodePoint(d.quotechar);
  }
}
