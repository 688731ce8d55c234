package dev.kaa.modules.json;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import java.util.ArrayList;

/**
 * One decoding of JSON text, as CPython's C scanner does it: a value at a position, its end left in {@link #next}.
 * Where no value starts, StopIteration(position) goes up to {@code json.decoder}, which reports "Expecting value";
 * every other error is a JSONDecodeError with the C decoder's message and position.
 */
final class JsonScan {
  /** CPython's C recursion limit, which bounds nested arrays and objects. */
  private static final int NESTING_LIMIT = 1500;

  private final PyScanner scanner;
  private final JsonText text;
  /** Keys seen, so that equal keys share one str (the memo CPython clears after each call). */
  private final PyDict memo = new PyDict();
  private int depth;
  /** The position after the value last scanned. */
  int next;

  JsonScan(PyScanner scanner, JsonText text) {
    this.scanner = scanner;
    this.text = text;
  }

  private static boolean isSpace(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

  private int skipSpace(int i) {
    while (i < text.length && isSpace(text.at(i))) i++;
    return i;
  }

  /** The value starting at {@code idx}. */
  PyObject scanOnce(int idx) {
    if (idx < 0) throw Errors.valueError("idx cannot be negative");
    if (idx >= text.length) throw Errors.stopIteration(PyInt.of(idx));
    switch (text.at(idx)) {
      case '"' -> {
        PyObject s = scanString(text, idx + 1, scanner.strict);
        next = scanStringEnd;
        return s;
      }
      case '{' -> {
        enter(" while decoding a JSON object from a unicode string");
        try {
          return parseObject(idx + 1);
        } finally {
          depth--;
        }
      }
      case '[' -> {
        enter(" while decoding a JSON array from a unicode string");
        try {
          return parseArray(idx + 1);
        } finally {
          depth--;
        }
      }
      case 'n' -> {
        if (text.startsWith("null", idx)) return constant(PyNone.NONE, idx + 4);
      }
      case 't' -> {
        if (text.startsWith("true", idx)) return constant(PyBool.TRUE, idx + 4);
      }
      case 'f' -> {
        if (text.startsWith("false", idx)) return constant(PyBool.FALSE, idx + 5);
      }
      case 'N' -> {
        if (text.startsWith("NaN", idx)) return parseConstant("NaN", idx + 3);
      }
      case 'I' -> {
        if (text.startsWith("Infinity", idx)) return parseConstant("Infinity", idx + 8);
      }
      case '-' -> {
        if (text.startsWith("-Infinity", idx)) return parseConstant("-Infinity", idx + 9);
      }
      default -> { }
    }
    return parseNumber(idx);
  }

  private void enter(String where) {
    if (++depth > NESTING_LIMIT) {
      depth--;
      throw Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded" + where);
    }
  }

  private PyObject constant(PyObject value, int end) {
    next = end;
    return value;
  }

  private PyObject parseConstant(String name, int end) {
    next = end;
    return Abstract.call(scanner.parseConstant, new PyStr(name));
  }

  private PyObject parseObject(int idx) {
    boolean pairs = scanner.objectPairsHook != PyNone.NONE;
    ArrayList<PyObject> items = pairs ? new ArrayList<>() : null;
    PyDict dict = pairs ? null : new PyDict();
    idx = skipSpace(idx);
    if (idx >= text.length || text.at(idx) != '}') {
      while (true) {
        if (idx >= text.length || text.at(idx) != '"') {
          throw JsonErrors.decodeError("Expecting property name enclosed in double quotes", text, idx);
        }
        PyObject key = scanString(text, idx + 1, scanner.strict);
        PyObject known = memo.get(key);
        if (known != null) key = known;
        else memo.put(key, key);
        idx = skipSpace(scanStringEnd);
        if (idx >= text.length || text.at(idx) != ':') throw JsonErrors.decodeError("Expecting ':' delimiter", text, idx);
        idx = skipSpace(idx + 1);
        PyObject value = scanOnce(idx);
        idx = skipSpace(next);
        if (pairs) items.add(PyTuple.of(key, value));
        else dict.put(key, value);
        if (idx < text.length && text.at(idx) == '}') break;
        if (idx >= text.length || text.at(idx) != ',') throw JsonErrors.decodeError("Expecting ',' delimiter", text, idx);
        idx = skipSpace(idx + 1);
      }
    }
    next = idx + 1;
    if (pairs) return Abstract.call(scanner.objectPairsHook, new PyList(items.toArray(new PyObject[0])));
    if (scanner.objectHook != PyNone.NONE) return Abstract.call(scanner.objectHook, dict);
    return dict;
  }

  private PyObject parseArray(int idx) {
    ArrayList<PyObject> values = new ArrayList<>();
    idx = skipSpace(idx);
    if (idx >= text.length || text.at(idx) != ']') {
      while (true) {
        values.add(scanOnce(idx));
        idx = skipSpace(next);
        if (idx < text.length && text.at(idx) == ']') break;
        if (idx >= text.length || text.at(idx) != ',') throw JsonErrors.decodeError("Expecting ',' delimiter", text, idx);
        idx = skipSpace(idx + 1);
      }
    }
    next = idx + 1;
    return new PyList(values.toArray(new PyObject[0]));
  }

  private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

  /** -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?, else StopIteration(start). */
  private PyObject parseNumber(int start) {
    int i = start, n = text.length;
    if (i < n && text.at(i) == '-') i++;
    if (i < n && text.at(i) == '0') {
      i++;
    } else if (i < n && text.at(i) >= '1' && text.at(i) <= '9') {
      while (i < n && isDigit(text.at(i))) i++;
    } else {
      throw Errors.stopIteration(PyInt.of(start));
    }
    boolean isFloat = false;
    if (i + 1 < n && text.at(i) == '.' && isDigit(text.at(i + 1))) {
      isFloat = true;
      i += 2;
      while (i < n && isDigit(text.at(i))) i++;
    }
    if (i < n && (text.at(i) == 'e' || text.at(i) == 'E')) {
      int e = i++;
      if (i < n && (text.at(i) == '-' || text.at(i) == '+')) i++;
      int digits = i;
      while (i < n && isDigit(text.at(i))) i++;
      if (i > digits) isFloat = true;
      else i = e;
    }
    next = i;
    String number = text.slice(start, i);
    if (isFloat) {
      if (scanner.parseFloat == PyFloat.TYPE) return new PyFloat(Double.parseDouble(number));
      return Abstract.call(scanner.parseFloat, new PyStr(number));
    }
    if (scanner.parseInt == PyInt.TYPE) {
      return number.length() <= 18 ? PyInt.of(Long.parseLong(number)) : PyInt.TYPE.call1(new PyStr(number));
    }
    return Abstract.call(scanner.parseInt, new PyStr(number));
  }

  /** Where the string last scanned by {@link #scanString} ended (after its closing quote). */
  private int scanStringEnd;

  private PyObject scanString(JsonText t, int end, boolean strict) {
    JsonStrings.Scanned s = JsonStrings.scan(t, end, strict);
    scanStringEnd = s.end();
    return s.value();
  }
}
