package dev.kaa.modules.locale;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.util.Map;

/**
 * {@code _locale}, the C side of {@code locale}: setlocale over {@link ProcessLocale}'s model of the C library's
 * locale, and the conventions of the C locale (the only ones Kaa's locales have) for localeconv, nl_langinfo, strcoll
 * (code point order, as glibc's C and C.UTF-8 collate) and strxfrm (the string itself).
 */
public final class LocaleModule {
  private LocaleModule() {}

  public static final String NAME = "_locale";

  /** CPython's CHAR_MAX: localeconv's "not available" for its numeric fields. */
  private static final int CHAR_MAX = 127;

  /** The interpreter's {@code locale.Error}, a heap type as CPython's. */
  private record State(PyType error) {}

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("Support for POSIX locales."), interp);
    m.addFunctions(LocaleModule.class);
    String[] categories = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_ALL"};
    for (int c = 0; c < categories.length; c++) m.put(categories[c], PyInt.of(c));
    m.put("CHAR_MAX", PyInt.of(CHAR_MAX));
    for (Map.Entry<String, Integer> e : LangInfo.ITEMS.entrySet()) m.put(e.getKey(), PyInt.of(e.getValue()));
    m.put("Error", state(interp).error());
    return m;
  }

  private static State state(Interpreter interp) {
    return interp.moduleState(State.class, i -> {
      PyDict ns = new PyDict();
      ns.put(new PyStr("__module__"), new PyStr("locale"));
      return new State((PyType) Abstract.call(PyType.TYPE, new PyStr("Error"), PyTuple.of(ExceptionTypes.Exception),
          ns));
    });
  }

  private static RuntimeException error(PyModule self, String message) {
    return Errors.of(state(self.interpreter()).error(), "%s", message);
  }

  private static String noNulls(PyStr s) {
    if (s.value.indexOf('\0') >= 0) throw Errors.valueError("embedded null character");
    return s.value;
  }

  @PyMethod(value = "setlocale", doc = "Activates/queries locale processing.")
  static PyObject setlocale(PyModule self, PyObject category, @PyMethod.Opt PyObject locale) {
    int c = Abstract.cIntValue(category);
    if (locale == null || locale == PyNone.NONE) {
      if (!ProcessLocale.isCategory(c)) throw error(self, "locale query failed");
      return new PyStr(ProcessLocale.query(c));
    }
    if (!(locale instanceof PyStr name)) {
      throw Errors.typeError("setlocale() argument 2 must be str or None, not %s", locale.type().name());
    }
    String n = noNulls(name);
    if (!ProcessLocale.isCategory(c)) throw error(self, "unsupported locale setting");
    try {
      return new PyStr(ProcessLocale.set(c, n));
    } catch (ProcessLocale.Refused e) {
      throw error(self, "unsupported locale setting");
    }
  }

  @PyMethod(value = "localeconv", doc = "Returns numeric and monetary locale-specific parameters.")
  static PyObject localeconv(PyModule self) {
    PyDict d = new PyDict();
    for (String key : new String[] {"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"}) {
      d.put(new PyStr(key), PyStr.EMPTY);
    }
    d.put(new PyStr("mon_grouping"), new PyList());
    d.put(new PyStr("positive_sign"), PyStr.EMPTY);
    d.put(new PyStr("negative_sign"), PyStr.EMPTY);
    for (String key : new String[] {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
        "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) {
      d.put(new PyStr(key), PyInt.of(CHAR_MAX));
    }
    d.put(new PyStr("decimal_point"), new PyStr(LangInfo.C_VALUES.get(LangInfo.ITEMS.get("RADIXCHAR"))));
    d.put(new PyStr("thousands_sep"), new PyStr(LangInfo.C_VALUES.get(LangInfo.ITEMS.get("THOUSEP"))));
    d.put(new PyStr("grouping"), new PyList());
    return d;
  }

  @PyMethod(value = "nl_langinfo", doc = "Return the value for the locale information associated with key.")
  static PyObject nlLanginfo(PyModule self, PyObject key) {
    int item = Abstract.cIntValue(key);
    if (item == LangInfo.CODESET) return new PyStr(codeset());
    String value = LangInfo.C_VALUES.get(item);
    if (value == null) throw Errors.valueError("unsupported langinfo constant");
    return new PyStr(value);
  }

  private static String codeset() { return ProcessLocale.ctypeIsUtf8() ? "UTF-8" : "ANSI_X3.4-1968"; }

  @PyMethod(value = "getencoding", doc = "Get the current locale encoding.")
  static PyObject getencoding(PyModule self) { return new PyStr(codeset()); }

  @PyMethod(value = "strcoll", doc = "Compares two strings according to the locale.")
  static PyObject strcoll(PyModule self, PyObject os1, PyObject os2) {
    String a = noNulls(strArg("strcoll() argument 1", os1));
    String b = noNulls(strArg("strcoll() argument 2", os2));
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    return PyInt.of(Integer.signum(java.util.Arrays.compare(x, y)));
  }

  @PyMethod(value = "strxfrm", doc = "Return a string that can be used as a key for locale-aware comparisons.")
  static PyObject strxfrm(PyModule self, PyObject string) {
    PyStr s = strArg("strxfrm() argument", string);
    noNulls(s);
    return new PyStr(s.value);
  }

  private static PyStr strArg(String what, PyObject o) {
    if (o instanceof PyStr s) return s;
    throw Errors.typeError("%s must be str, not %s", what, o.type().name());
  }
}
