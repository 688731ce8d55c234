package dev.kaa.modules.unicodedata;

import dev.kaa.objects.Attributes;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The {@code unicodedata} module, at CPython 3.12's Unicode 15.0.0: its functions are the methods of a 15.0
 * {@link PyUcd}, and {@code ucd_3_2_0} is another. Categories and numeric values come from Kaa's own 15.0 tables
 * ({@code dev.kaa.strings.Unicode}), the other properties from {@link UcdTables}, names from the JDK's database
 * limited to the characters assigned in 15.0, normalization from {@code java.text.Normalizer}.
 */
public final class UnicodedataModule {
  private UnicodedataModule() {}

  public static final String NAME = "unicodedata";

  private static final String[] FUNCTIONS = {"bidirectional", "category", "combining", "decimal", "decomposition",
      "digit", "east_asian_width", "is_normalized", "lookup", "mirrored", "name", "normalize", "numeric"};

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("This module provides access to the Unicode Character Database which\n"
        + "defines character properties for all Unicode characters. The data in\nthis database is based on the "
        + "UnicodeData.txt file version\n15.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe "
        + "module uses the same names and symbols as defined by the\nUnicodeData File Format 15.0.0."), interp);
    PyUcd current = new PyUcd("15.0.0");
    for (String f : FUNCTIONS) m.put(f, Attributes.get(current, f));
    m.put("UCD", PyUcd.TYPE);
    m.put("ucd_3_2_0", new PyUcd("3.2.0"));
    m.put("unidata_version", new PyStr("15.0.0"));
    return m;
  }
}
