package dev.kaa.parse;

import dev.kaa.strings.Unicode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Python identifiers beyond ASCII (PEP 3131): which characters may appear (XID_Start / XID_Continue), CPython's
 * message for one that may not, and the NFKC normalisation the parser applies to every non-ASCII name.
 * Character classes come from Kaa's pinned Unicode 15.0 tables ({@link Unicode}), as CPython 3.12 has them.
 */
public final class Identifiers {
  private Identifiers() {}

  // ASCII answered here: the Unicode tables are loaded only for a name that needs them (start-up compiles ASCII)
  public static boolean isStart(int cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp == '_';
    return Unicode.isXidStart(cp);
  }

  public static boolean isContinue(int cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp == '_' || cp >= '0' && cp <= '9';
    return Unicode.isXidContinue(cp);
  }

  /** The char index of the first character that makes {@code name} no identifier, or -1 when it is one. */
  public static int firstInvalid(String name) {
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (i == 0 ? !isStart(cp) : !isContinue(cp)) return i;
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** CPython's SyntaxError message for a character that cannot be part of a name. */
  public static String invalidCharacterMessage(int cp) {
    if (Unicode.isPrintable(cp)) {
      return String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp);
    }
    return String.format("invalid non-printable character U+%04X", cp);
  }

  /** The name the parser stores: NFKC-normalised when not ASCII. */
  public static String normalize(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 128) return Normalizer.normalize(name, Normalizer.Form.NFKC);
    }
    return name;
  }

  /** Strict UTF-8 decoding of b[from, to), or null when it is not valid UTF-8. */
  static String decodeOrNull(byte[] b, int from, int to) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
