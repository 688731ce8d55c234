package dev.kaa.modules.io;

import dev.kaa.objects.Errors;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.text.StrRepr;

/**
 * The {@code newline=} argument of StringIO and TextIOWrapper, checked as CPython checks it, and what it means for
 * reading (translate? universal?) and writing (what {@code \n} becomes).
 */
record NewlineArg(String value) {
  /**
   * Checks {@code newline} (null for the default, {@code def}); TextIOWrapper words its errors differently from
   * StringIO ({@code wrapper}).
   */
  static NewlineArg of(PyObject newline, String def, boolean wrapper) {
    if (newline == null) return new NewlineArg(def);
    if (newline == PyNone.NONE) return new NewlineArg(null);
    if (!(newline instanceof PyStr s)) {
      throw Errors.typeError(wrapper ? "TextIOWrapper() argument 'newline' must be str or None, not %s"
              : "newline must be str or None, not %s", newline.type().name());
    }
    String v = s.value;
    if (!(v.isEmpty() || v.equals("\n") || v.equals("\r") || v.equals("\r\n"))) {
      throw Errors.valueError("illegal newline value: %s", wrapper ? v : StrRepr.repr(v));
    }
    return new NewlineArg(v);
  }

  /** Reading finds lines under this mode. */
  LineEnds.Mode readMode() {
    if (value == null) return LineEnds.Mode.TRANSLATED;
    if (value.isEmpty()) return LineEnds.Mode.UNIVERSAL;
    return value.equals("\n") ? LineEnds.Mode.TRANSLATED : LineEnds.Mode.FIXED;
  }

  /** Universal newlines: None or ''. */
  boolean universal() { return value == null || value.isEmpty(); }

  /** What a written {@code \n} becomes, or null when it stays. */
  String writeTranslation(String osDefault) {
    if (value == null) return osDefault.equals("\n") ? null : osDefault;
    return value.isEmpty() || value.equals("\n") ? null : value;
  }

  PyObject toPython() { return value == null ? PyNone.NONE : new PyStr(value); }
}
