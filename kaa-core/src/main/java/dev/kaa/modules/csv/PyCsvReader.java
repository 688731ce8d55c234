package dev.kaa.modules.csv;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _csv.reader}: CPython's parser as a state machine over the code points of each line, records spanning lines
 * when a quoted field holds a line break; the end of each line is a pseudo-character ({@link #EOL}).
 */
final class PyCsvReader extends PyObject implements IterNext {
  static final PyType TYPE = new PyType("_csv.Reader", PyType.IMMUTABLE, PyCsvReader.class, PyType.OBJECT);

  private static final int EOL = -2;

  private enum State {
    START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD,
    EAT_CRNL, AFTER_ESCAPED_CRNL
  }

  private final PyObject input;
  private final PyDialect dialect;
  private final CsvState state = CsvState.current();
  private long lineNum;
  private State s;
  private List<PyObject> fields;
  private final StringBuilder field = new StringBuilder();
  private boolean numericField;

  PyCsvReader(PyObject input, PyDialect dialect) {
    this.input = input;
    this.dialect = dialect;
  }

  @Override public PyType type() { return TYPE; }

  @PyGetter("dialect") PyObject dialect() { return dialect; }

  @PyGetter("line_num") PyObject lineNum() { return PyInt.of(lineNum); }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

  @Override public PyObject iterNext() {
    fields = new ArrayList<>();
    field.setLength(0);
    s = State.START_RECORD;
    numericField = false;
    do {
      PyObject line = Abstract.next(input);
      if (line == null) {
        if (field.length() != 0 || s == State.IN_QUOTED_FIELD) {
          if (dialect.strict) throw state.error("unexpected end of data");
          saveField();
          break;
        }
        return null;
      }
      if (!(line instanceof PyStr str)) {
        throw state.error("iterator should return strings, not %.200s (the file should be opened in text mode)",
            line.type().name());
      }
      lineNum++;
      String text = str.value;
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        i += Character.charCount(c);
        process(c);
      }
      process(EOL);
    } while (s != State.START_RECORD);
    return new PyList(fields.toArray(new PyObject[0]));
  }

  private void saveField() {
    String text = field.toString();
    field.setLength(0);
    PyObject value;
    if (numericField) {
      value = new PyFloat(Abstract.floatValue(Abstract.call(PyFloat.TYPE, new PyStr(text))));
    } else {
      value = new PyStr(text);
    }
    numericField = false;
    fields.add(value);
  }

  private void addChar(int c) {
    if (field.length() >= state.fieldLimit) throw state.error("field larger than field limit (%d)", state.fieldLimit);
    field.appendCodePoint(c);
  }

  private boolean isLineBreak(int c) { return c == '\n' || c == '\r'; }

  private void endOfField(int c) {
    saveField();
    s = c == EOL ? State.START_RECORD : State.EAT_CRNL;
  }

  private void process(int c) {
    PyDialect d = dialect;
    boolean quotes = d.quoting != PyDialect.QUOTE_NONE;
    switch (s) {
      case START_RECORD -> {
        if (c == EOL) return;  // an empty line: an empty record
        if (isLineBreak(c)) {
          s = State.EAT_CRNL;
          return;
        }
        s = State.START_FIELD;
        startField(c, quotes);
      }
      case START_FIELD -> startField(c, quotes);
      case ESCAPED_CHAR -> {
        if (isLineBreak(c)) {
          addChar(c);
          s = State.AFTER_ESCAPED_CRNL;
          return;
        }
        addChar(c == EOL ? '\n' : c);
        s = State.IN_FIELD;
      }
      case AFTER_ESCAPED_CRNL -> {
        if (c != EOL) inField(c);
      }
      case IN_FIELD -> inField(c);
      case IN_QUOTED_FIELD -> {
        if (c == EOL) return;
        if (c == d.escapechar) {
          s = State.ESCAPE_IN_QUOTED_FIELD;
        } else if (c == d.quotechar && quotes) {
          s = d.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
        } else {
          addChar(c);
        }
      }
      case ESCAPE_IN_QUOTED_FIELD -> {
        addChar(c == EOL ? '\n' : c);
        s = State.IN_QUOTED_FIELD;
      }
      case QUOTE_IN_QUOTED_FIELD -> {
        if (quotes && c == d.quotechar) {
          addChar(c);
          s = State.IN_QUOTED_FIELD;
        } else if (c == d.delimiter) {
          saveField();
          s = State.START_FIELD;
        } else if (isLineBreak(c) || c == EOL) {
          endOfField(c);
        } else if (!d.strict) {
          addChar(c);
          s = State.IN_FIELD;
        } else {
          throw state.error("'%c' expected after '%c'", d.delimiter, d.quotechar);
        }
      }
      case EAT_CRNL -> {
        if (isLineBreak(c)) return;
        if (c == EOL) {
          s = State.START_RECORD;
          return;
        }
        throw state.error("new-line character seen in unquoted field - do you need to open the file in "
            + "universal-newline mode?");
      }
    }
  }

  private void startField(int c, boolean quotes) {
    PyDialect d = dialect;
    if (isLineBreak(c) || c == EOL) {
      endOfField(c);
    } else if (c == d.quotechar && quotes) {
      s = State.IN_QUOTED_FIELD;
    } else if (c == d.escapechar) {
      s = State.ESCAPED_CHAR;
    } else if (c == ' ' && d.skipinitialspace) {
      return;
    } else if (c == d.delimiter) {
      saveField();
    } else {
      if (d.quoting == PyDialect.QUOTE_NONNUMERIC) numericField = true;
      addChar(c);
      s = State.IN_FIELD;
    }
  }

  private void inField(int c) {
    PyDialect d = dialect;
    if (isLineBreak(c) || c == EOL) {
      endOfField(c);
    } else if (c == d.escapechar) {
      s = State.ESCAPED_CHAR;
    } else if (c == d.delimiter) {
      saveField();
      s = State.START_FIELD;
    } else {
      addChar(c);
      s = State.IN_FIELD;
    }
  }
}
