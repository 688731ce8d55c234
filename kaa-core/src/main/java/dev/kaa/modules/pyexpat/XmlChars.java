package dev.kaa.modules.pyexpat;

/** XML 1.0's character classes (fifth edition): which characters may appear at all, and in names. */
final class XmlChars {
  private XmlChars() {}

  /** A legal XML character (a surrogate counts: the decoder only gives them in pairs). */
  static boolean isChar(int c) {
    return c >= 0x20 ? c <= 0xfffd : c == 0x9 || c == 0xa || c == 0xd;
  }

  static boolean isSpace(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

  static boolean isNameStart(int c) {
    if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':';
    return c >= 0xc0 && c <= 0xd6 || c >= 0xd8 && c <= 0xf6 || c >= 0xf8 && c <= 0x2ff || c >= 0x370 && c <= 0x37d
        || c >= 0x37f && c <= 0x1fff || c == 0x200c || c == 0x200d || c >= 0x2070 && c <= 0x218f
        || c >= 0x2c00 && c <= 0x2fef || c >= 0x3001 && c <= 0xdbff || c >= 0xf900 && c <= 0xfdcf
        || c >= 0xfdf0 && c <= 0xfffd;
  }

  static boolean isName(int c) {
    if (c < 0x80) return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.';
    return isNameStart(c) || c == 0xb7 || c >= 0x300 && c <= 0x36f || c == 0x203f || c == 0x2040
        || c >= 0xdc00 && c <= 0xdfff;
  }

  /** A character a character reference may name. */
  static boolean isRefChar(int cp) {
    return cp >= 0x10000 ? cp <= 0x10ffff : isChar(cp) && !(cp >= 0xd800 && cp <= 0xdfff);
  }
}
