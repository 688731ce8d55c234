package dev.kaa.modules.string;

import dev.kaa.format.FieldName;
import dev.kaa.format.FormatStringParser;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.util.Iterator;

/**
 * {@code _string}: the format-string parser behind {@code str.format} ({@link FormatStringParser},
 * {@link FieldName}) as {@code string.Formatter} reads it: {@code formatter_parser} yields
 * {@code (literal, field_name, format_spec, conversion)}, {@code formatter_field_name_split} gives
 * {@code (first, iterator of (is_attribute, key))}.
 */
public final class StringModule {
  private StringModule() {}

  public static final String NAME = "_string";

  private static final String DOC = "string helper module";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr(DOC), interp);
    m.addFunctions(StringModule.class);
    return m;
  }

  private static String text(PyObject o) {
    if (o instanceof PyStr s) return s.value;
    throw Errors.typeError("expected str, got %s", o.type().name());
  }

  @PyMethod("formatter_parser") static PyObject formatterParser(PyModule self, PyObject str) {
    FormatStringParser parser = new FormatStringParser(text(str));
    return new LazyIterator(LazyIterator.FORMATTER, new Iterator<>() {
      @Override public boolean hasNext() { return parser.hasNext(); }

      @Override public PyObject next() {
        FormatStringParser.Chunk c = parser.next();
        if (c.fieldName() == null) return PyTuple.of(new PyStr(c.literal()), PyNone.NONE, PyNone.NONE, PyNone.NONE);
        PyObject conversion = c.conversion() < 0 ? PyNone.NONE : PyStr.ofCodePoint(c.conversion());
        return PyTuple.of(new PyStr(c.literal()), new PyStr(c.fieldName()), new PyStr(c.formatSpec()), conversion);
      }
    });
  }

  @PyMethod("formatter_field_name_split") static PyObject fieldNameSplit(PyModule self, PyObject fieldName) {
    FieldName name = new FieldName(text(fieldName));
    Iterator<FieldName.Accessor> rest = name.rest();
    PyObject rests = new LazyIterator(LazyIterator.FIELD_NAME, new Iterator<>() {
      @Override public boolean hasNext() { return rest.hasNext(); }

      @Override public PyObject next() {
        FieldName.Accessor a = rest.next();
        return PyTuple.of(PyBool.of(a.isAttribute()), key(a.key()));
      }
    });
    return PyTuple.of(key(name.first()), rests);
  }

  private static PyObject key(Object key) {
    return key instanceof Long index ? PyInt.of(index) : new PyStr((String) key);
  }
}
