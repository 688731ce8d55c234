package dev.kaa.strings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.InflaterInputStream;

/**
 * The character properties Python's str methods use, pinned to Unicode 15.0.0 as CPython 3.12 has them (the JDK knows
 * another Unicode version, so {@link Character} cannot be asked). The data is the resource {@code unicode15.bin}, written
 * by {@code scripts/unicode15-tables.py} from python3.12 itself: a two-level table from code point to one of ~750
 * distinct records (category, flags, numeric values, simple case deltas, and the full case mappings where they differ).
 * Code points are ints in 0..0x10FFFF; a lone surrogate is its own code point (category Cs).
 */
public final class Unicode {
  private Unicode() {}

  /** Category names in record order: the low five bits of a record's properties. */
  private static final String[] CATEGORIES = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No",
      "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"};

  private static final int CATEGORY_MASK = 0x1f;
  // Flags above the category, in the order scripts/unicode15-tables.py lists them.
  private static final int LOWER = 1 << 5;
  private static final int UPPER = 1 << 6;
  private static final int TITLE = 1 << 7;
  private static final int CASED = 1 << 8;
  private static final int CASE_IGNORABLE = 1 << 9;
  private static final int SPACE = 1 << 10;
  private static final int LINEBREAK = 1 << 11;
  private static final int XID_START = 1 << 12;
  private static final int XID_CONTINUE = 1 << 13;
  private static final int PRINTABLE = 1 << 14;
  private static final int ALPHA = 1 << 15;
  private static final int DECIMAL = 1 << 16;
  private static final int DIGIT = 1 << 17;
  private static final int NUMERIC = 1 << 18;

  private static final int VERSION = 1;

  private static final double[] NUMERIC_VALUES;
  /** Full mappings of the characters that have them: [i][0..3] = lower, upper, title, casefold. */
  private static final String[][] SPECIAL;
  private static final int[] PROPS;
  private static final byte[] DECIMAL_VALUE;
  private static final byte[] DIGIT_VALUE;
  private static final short[] NUMERIC_INDEX;
  private static final int[] LOWER_DELTA;
  private static final int[] UPPER_DELTA;
  private static final int[] TITLE_DELTA;
  private static final short[] SPECIAL_INDEX;
  private static final int SHIFT;
  private static final char[] INDEX1;
  private static final char[] INDEX2;

  static {
    ByteBuffer in = load();
    if (in.getInt() != VERSION) throw new IllegalStateException("unicode15.bin: unknown version");
    if (in.getInt() != CATEGORIES.length) throw new IllegalStateException("unicode15.bin: category count");
    for (String name : CATEGORIES) {
      if (in.get() != name.charAt(0) || in.get() != name.charAt(1)) {
        throw new IllegalStateException("unicode15.bin: categories differ from Unicode.CATEGORIES");
      }
    }
    NUMERIC_VALUES = new double[in.getInt()];
    in.asDoubleBuffer().get(NUMERIC_VALUES);
    in.position(in.position() + 8 * NUMERIC_VALUES.length);
    SPECIAL = new String[in.getInt()][4];
    for (String[] special : SPECIAL) {
      for (int k = 0; k < 4; k++) {
        int[] cps = new int[in.getInt()];
        for (int j = 0; j < cps.length; j++) cps[j] = in.getInt();
        special[k] = new String(cps, 0, cps.length);
      }
    }
    int records = in.getInt();
    PROPS = new int[records];
    DECIMAL_VALUE = new byte[records];
    DIGIT_VALUE = new byte[records];
    NUMERIC_INDEX = new short[records];
    LOWER_DELTA = new int[records];
    UPPER_DELTA = new int[records];
    TITLE_DELTA = new int[records];
    SPECIAL_INDEX = new short[records];
    for (int r = 0; r < records; r++) {
      PROPS[r] = in.getInt();
      DECIMAL_VALUE[r] = (byte) in.getInt();
      DIGIT_VALUE[r] = (byte) in.getInt();
      NUMERIC_INDEX[r] = (short) in.getInt();
      LOWER_DELTA[r] = in.getInt();
      UPPER_DELTA[r] = in.getInt();
      TITLE_DELTA[r] = in.getInt();
      SPECIAL_INDEX[r] = (short) in.getInt();
    }
    SHIFT = in.getInt();
    INDEX1 = readChars(in);
    INDEX2 = readChars(in);
  }

  /** The inflated resource, read whole: bulk reads keep class initialization to a few milliseconds. */
  private static ByteBuffer load() {
    try (InputStream raw = Unicode.class.getResourceAsStream("unicode15.bin")) {
      if (raw == null) throw new IllegalStateException("resource dev/kaa/strings/unicode15.bin is missing");
      return ByteBuffer.wrap(new InflaterInputStream(raw).readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static char[] readChars(ByteBuffer in) {
    char[] a = new char[in.getInt()];
    in.asCharBuffer().get(a);
    in.position(in.position() + 2 * a.length);
    return a;
  }

  private static int record(int cp) {
    return INDEX2[(INDEX1[cp >>> SHIFT] << SHIFT) + (cp & ((1 << SHIFT) - 1))];
  }

  private static boolean has(int cp, int flag) {
    return (PROPS[record(cp)] & flag) != 0;
  }

  /** The general category's two-letter name, as {@code unicodedata.category}: "Lu", "Nd", "Cn" (unassigned)... */
  public static String category(int cp) {
    return CATEGORIES[PROPS[record(cp)] & CATEGORY_MASK];
  }

  /** Letters (categories Lu Ll Lt Lm Lo): {@code str.isalpha}. */
  public static boolean isAlpha(int cp) { return has(cp, ALPHA); }

  /** Has a decimal digit value (category Nd): {@code str.isdecimal}. */
  public static boolean isDecimal(int cp) { return has(cp, DECIMAL); }

  /** Has a digit value (decimals plus superscripts, circled digits...): {@code str.isdigit}. */
  public static boolean isDigit(int cp) { return has(cp, DIGIT); }

  /** Has a numeric value (digits plus fractions, Roman numerals, CJK numerals...): {@code str.isnumeric}. */
  public static boolean isNumeric(int cp) { return has(cp, NUMERIC); }

  /** Python's whitespace: bidirectional class WS, B or S, or category Zs ({@code str.isspace}, {@code str.split()}). */
  public static boolean isSpace(int cp) { return has(cp, SPACE); }

  /** The line boundaries of {@code str.splitlines}: \n \r \v \f \x1c \x1d \x1e \x85 U+2028 U+2029. */
  public static boolean isLinebreak(int cp) { return has(cp, LINEBREAK); }

  /** XID_Start: may begin an identifier (the underscore, which may too, is not XID_Start). */
  public static boolean isXidStart(int cp) { return has(cp, XID_START); }

  /** XID_Continue: may continue an identifier. */
  public static boolean isXidContinue(int cp) { return has(cp, XID_CONTINUE); }

  /** CPython's printable: not Cc Cf Cs Co Cn Zl Zp Zs, except the space ({@code str.isprintable}, {@code repr}). */
  public static boolean isPrintable(int cp) { return has(cp, PRINTABLE); }

  /** Lowercase (the derived property, with Other_Lowercase such as U+02B0): {@code str.islower}. */
  public static boolean isLower(int cp) { return has(cp, LOWER); }

  /** Uppercase (the derived property, with Other_Uppercase such as circled capitals): {@code str.isupper}. */
  public static boolean isUpper(int cp) { return has(cp, UPPER); }

  /** Titlecase letters (category Lt, like U+01C5 'ǅ'). */
  public static boolean isTitle(int cp) { return has(cp, TITLE); }

  /** Cased: lowercase, uppercase or titlecase; title() and the final-sigma rule ask it. */
  public static boolean isCased(int cp) { return has(cp, CASED); }

  /** Case_Ignorable: skipped when the final-sigma rule looks for the word's neighbouring cased letters. */
  public static boolean isCaseIgnorable(int cp) { return has(cp, CASE_IGNORABLE); }

  /** {@code unicodedata.decimal}: 0..9, or -1 for none. */
  public static int decimalValue(int cp) { return DECIMAL_VALUE[record(cp)]; }

  /** {@code unicodedata.digit}: 0..9, or -1 for none. */
  public static int digitValue(int cp) { return DIGIT_VALUE[record(cp)]; }

  /** {@code unicodedata.numeric}: the value, or NaN for none. */
  public static double numericValue(int cp) {
    int i = NUMERIC_INDEX[record(cp)];
    return i < 0 ? Double.NaN : NUMERIC_VALUES[i];
  }

  /** The simple (one-to-one) lowercase mapping, as the regular expression engine uses it. */
  public static int simpleLower(int cp) { return cp + LOWER_DELTA[record(cp)]; }

  /** The simple uppercase mapping. */
  public static int simpleUpper(int cp) { return cp + UPPER_DELTA[record(cp)]; }

  /** The simple titlecase mapping. */
  public static int simpleTitle(int cp) { return cp + TITLE_DELTA[record(cp)]; }

  /** Appends the full lowercase mapping ({@code str.lower} of the one character; U+0130 gives two). */
  public static void appendLower(StringBuilder out, int cp) { appendFull(out, cp, 0, LOWER_DELTA); }

  /** Appends the full uppercase mapping ('ß' gives "SS"). */
  public static void appendUpper(StringBuilder out, int cp) { appendFull(out, cp, 1, UPPER_DELTA); }

  /** Appends the full titlecase mapping ('ß' gives "Ss", 'ǆ' gives 'ǅ'). */
  public static void appendTitle(StringBuilder out, int cp) { appendFull(out, cp, 2, TITLE_DELTA); }

  /** Appends the full case folding ({@code str.casefold}: 'ß' gives "ss"). */
  public static void appendFold(StringBuilder out, int cp) { appendFull(out, cp, 3, LOWER_DELTA); }

  /** The first character of the full lowercase mapping: CPython's {@code Py_UNICODE_TOLOWER} ('İ' gives 'i'). */
  public static int lowerFirst(int cp) { return firstOfFull(cp, 0, LOWER_DELTA); }

  /** The first character of the full uppercase mapping: CPython's {@code Py_UNICODE_TOUPPER} ('ß' gives 'S'). */
  public static int upperFirst(int cp) { return firstOfFull(cp, 1, UPPER_DELTA); }

  private static int firstOfFull(int cp, int which, int[] deltas) {
    int r = record(cp);
    int special = SPECIAL_INDEX[r];
    return special >= 0 ? SPECIAL[special][which].codePointAt(0) : cp + deltas[r];
  }

  private static void appendFull(StringBuilder out, int cp, int which, int[] deltas) {
    int r = record(cp);
    int special = SPECIAL_INDEX[r];
    if (special >= 0) {
      out.append(SPECIAL[special][which]);
    } else {
      out.appendCodePoint(cp + deltas[r]);
    }
  }
}
