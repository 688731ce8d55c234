package dev.kaa.modules.unicodedata;

import dev.kaa.objects.Errors;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.objects.UnicodeNames;
import dev.kaa.strings.Unicode;
import java.text.Normalizer;

/**
 * {@code unicodedata.UCD}: one version of the Unicode character database. The module's functions are those of the
 * 15.0.0 instance; {@code ucd_3_2_0} (what IDNA and stringprep ask) answers from the same 15.0 data under its own
 * version string — the characters those modules handle did not change.
 */
final class PyUcd extends PyObject {
  static final PyType TYPE = new PyType("unicodedata.UCD", PyType.IMMUTABLE, PyUcd.class, PyType.OBJECT);

  private final String version;

  PyUcd(String version) { this.version = version; }

  @Override public PyType type() { return TYPE; }

  @PyGetter("unidata_version") PyObject unidataVersion() { return new PyStr(version); }

  /** The one character of a str argument: "category() argument must be a unicode character, not str". */
  private static int character(PyObject o, String function) {
    if (o instanceof PyStr s && s.length() == 1) return s.value.codePointAt(0);
    throw Errors.typeError("%s() argument must be a unicode character, not %s", function, o.type().name());
  }

  private static boolean assigned(int cp) { return !Unicode.category(cp).equals("Cn"); }

  @PyMethod PyObject category(PyObject chr) { return new PyStr(Unicode.category(character(chr, "category"))); }

  @PyMethod PyObject bidirectional(PyObject chr) {
    return new PyStr(UcdTables.TABLES.property("bidirectional", character(chr, "bidirectional")));
  }

  @PyMethod PyObject combining(PyObject chr) {
    return PyInt.of(Integer.parseInt(UcdTables.TABLES.property("combining", character(chr, "combining"))));
  }

  @PyMethod("east_asian_width") PyObject eastAsianWidth(PyObject chr) {
    return new PyStr(UcdTables.TABLES.property("east_asian_width", character(chr, "east_asian_width")));
  }

  @PyMethod PyObject mirrored(PyObject chr) {
    return PyInt.of(Integer.parseInt(UcdTables.TABLES.property("mirrored", character(chr, "mirrored"))));
  }

  @PyMethod PyObject decomposition(PyObject chr) {
    return new PyStr(UcdTables.TABLES.decomposition(character(chr, "decomposition")));
  }

  @PyMethod PyObject decimal(PyObject chr, @PyMethod.Opt PyObject default_) {
    int v = Unicode.decimalValue(character(chr, "decimal"));
    if (v >= 0) return PyInt.of(v);
    if (default_ != null) return default_;
    throw Errors.valueError("not a decimal");
  }

  @PyMethod PyObject digit(PyObject chr, @PyMethod.Opt PyObject default_) {
    int v = Unicode.digitValue(character(chr, "digit"));
    if (v >= 0) return PyInt.of(v);
    if (default_ != null) return default_;
    throw Errors.valueError("not a digit");
  }

  @PyMethod PyObject numeric(PyObject chr, @PyMethod.Opt PyObject default_) {
    double v = Unicode.numericValue(character(chr, "numeric"));
    if (!Double.isNaN(v)) return new PyFloat(v);
    if (default_ != null) return default_;
    throw Errors.valueError("not a numeric character");
  }

  @PyMethod PyObject name(PyObject chr, @PyMethod.Opt PyObject default_) {
    int cp = character(chr, "name");
    String name = assigned(cp) ? nameOf(cp) : null;
    if (name != null) return new PyStr(name);
    if (default_ != null) return default_;
    throw Errors.valueError("no such name");
  }

  @PyMethod PyObject lookup(PyObject name) {
    String text = name instanceof PyStr s ? s.value : new String(dev.kaa.objects.Buffers.required(name),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    int cp = HangulNames.codePointOf(text);
    if (cp < 0) cp = UnicodeNames.codePointOf(text);
    if (cp < 0 || !assigned(cp)) throw Errors.keyError("undefined character name '%s'", text);
    return PyStr.ofCodePoint(cp);
  }

  private static String nameOf(int cp) {
    String hangul = HangulNames.nameOf(cp);
    return hangul != null ? hangul : UnicodeNames.nameOf(cp);
  }

  @PyMethod PyObject normalize(PyObject form, PyObject unistr) {
    return new PyStr(Normalizer.normalize(text(unistr, "normalize"), form(form, "normalize")));
  }

  @PyMethod("is_normalized") PyObject isNormalized(PyObject form, PyObject unistr) {
    return dev.kaa.objects.PyBool.of(Normalizer.isNormalized(text(unistr, "is_normalized"), form(form, "is_normalized")));
  }

  private static String text(PyObject o, String function) {
    if (o instanceof PyStr s) return s.value;
    throw Errors.typeError("%s() argument 2 must be str, not %s", function, o.type().name());
  }

  private static Normalizer.Form form(PyObject o, String function) {
    if (!(o instanceof PyStr s)) throw Errors.typeError("%s() argument 1 must be str, not %s", function, o.type().name());
    return switch (s.value) {
      case "NFC" -> Normalizer.Form.NFC;
      case "NFD" -> Normalizer.Form.NFD;
      case "NFKC" -> Normalizer.Form.NFKC;
      case "NFKD" -> Normalizer.Form.NFKD;
      default -> throw Errors.valueError("invalid normalization form");
    };
  }
}
