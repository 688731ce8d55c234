package dev.kaa.modules.sre;

import dev.kaa.strings.Unicode;

/**
 * The character classes and case mappings the engine tests code points with: ASCII, locale (Kaa's locale is "C", so
 * the locale variants are ASCII limited to one byte) and Unicode (Kaa's Unicode database, CPython's 15.0).
 */
final class SreChars {
  private SreChars() {}

  static boolean isAsciiDigit(int c) { return c >= '0' && c <= '9'; }

  static boolean isAsciiSpace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

  static boolean isAsciiWord(int c) {
    return c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
  }

  static boolean isUniWord(int c) {
    if (c < 128) return isAsciiWord(c);
    return Unicode.isAlpha(c) || Unicode.isDecimal(c) || Unicode.isDigit(c) || Unicode.isNumeric(c);
  }

  private static boolean isUniDigit(int c) { return c < 128 ? isAsciiDigit(c) : Unicode.isDecimal(c); }

  private static boolean isUniSpace(int c) { return c < 128 ? ASCII_SPACE[c] : Unicode.isSpace(c); }

  /** str.isspace() of the ASCII characters (more than sre's ASCII \s: also \x1c..\x1f). */
  private static final boolean[] ASCII_SPACE = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) ASCII_SPACE[c] = Unicode.isSpace(c);
  }

  static int asciiLower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

  static int asciiUpper(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }

  /** CPython's {@code Py_UNICODE_TOLOWER}, which sre uses: 'İ' gives 'i', so 'İ' counts as cased. */
  static int uniLower(int c) { return c < 128 ? asciiLower(c) : c > Character.MAX_CODE_POINT ? c : Unicode.lowerFirst(c); }

  /** CPython's {@code Py_UNICODE_TOUPPER}: 'ß' gives 'S'. */
  static int uniUpper(int c) { return c < 128 ? asciiUpper(c) : c > Character.MAX_CODE_POINT ? c : Unicode.upperFirst(c); }

  /** The C locale's {@code tolower}: ASCII only. */
  static int localeLower(int c) { return asciiLower(c); }

  static int localeUpper(int c) { return asciiUpper(c); }

  static boolean category(int category, int c) {
    return switch (category) {
      case SreOp.CATEGORY_DIGIT -> isAsciiDigit(c);
      case SreOp.CATEGORY_NOT_DIGIT -> !isAsciiDigit(c);
      case SreOp.CATEGORY_SPACE -> isAsciiSpace(c);
      case SreOp.CATEGORY_NOT_SPACE -> !isAsciiSpace(c);
      case SreOp.CATEGORY_WORD, SreOp.CATEGORY_LOC_WORD -> isAsciiWord(c);
      case SreOp.CATEGORY_NOT_WORD, SreOp.CATEGORY_LOC_NOT_WORD -> !isAsciiWord(c);
      case SreOp.CATEGORY_LINEBREAK -> c == '\n';
      case SreOp.CATEGORY_NOT_LINEBREAK -> c != '\n';
      case SreOp.CATEGORY_UNI_DIGIT -> isUniDigit(c);
      case SreOp.CATEGORY_UNI_NOT_DIGIT -> !isUniDigit(c);
      case SreOp.CATEGORY_UNI_SPACE -> isUniSpace(c);
      case SreOp.CATEGORY_UNI_NOT_SPACE -> !isUniSpace(c);
      case SreOp.CATEGORY_UNI_WORD -> isUniWord(c);
      case SreOp.CATEGORY_UNI_NOT_WORD -> !isUniWord(c);
      case SreOp.CATEGORY_UNI_LINEBREAK -> Unicode.isLinebreak(c);
      case SreOp.CATEGORY_UNI_NOT_LINEBREAK -> !Unicode.isLinebreak(c);
      default -> throw SreCode.invalid();
    };
  }

  /**
   * Whether the set at {@code pc} (a sequence of set items ending with FAILURE) holds {@code c}. A NEGATE item flips the
   * answer of the items after it, as in CPython's code format.
   */
  static boolean inSet(int[] code, int pc, int c) {
    boolean ok = true;
    while (true) {
      switch (code[pc]) {
        case SreOp.FAILURE:
          return !ok;
        case SreOp.LITERAL:
          if (c == code[pc + 1]) return ok;
          pc += 2;
          break;
        case SreOp.CATEGORY:
          if (category(code[pc + 1], c)) return ok;
          pc += 2;
          break;
        case SreOp.CHARSET:
          if (c < 256 && (code[pc + 1 + (c >> 5)] & (1 << (c & 31))) != 0) return ok;
          pc += 1 + 256 / 32;
          break;
        case SreOp.RANGE:
          if (code[pc + 1] <= c && c <= code[pc + 2]) return ok;
          pc += 3;
          break;
        case SreOp.RANGE_UNI_IGNORE: {
          if (code[pc + 1] <= c && c <= code[pc + 2]) return ok;
          int upper = uniUpper(c);
          if (code[pc + 1] <= upper && upper <= code[pc + 2]) return ok;
          pc += 3;
          break;
        }
        case SreOp.NEGATE:
          ok = !ok;
          pc++;
          break;
        case SreOp.BIGCHARSET: {
          // count, 256 block numbers packed four to a word, then the 256-bit blocks
          int blocks = code[pc + 1];
          int table = pc + 2;
          if (c < 65536) {
            int hi = c >> 8;
            int block = (code[table + (hi >> 2)] >>> ((hi & 3) * 8)) & 0xff;
            int lo = c & 255;
            if ((code[table + 64 + block * 8 + (lo >> 5)] & (1 << (lo & 31))) != 0) return ok;
          }
          pc = table + 64 + blocks * 8;
          break;
        }
        default:
          throw SreCode.invalid();
      }
    }
  }
}
