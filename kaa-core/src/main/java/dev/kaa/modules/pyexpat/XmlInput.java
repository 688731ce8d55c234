package dev.kaa.modules.pyexpat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's bytes turned into the text {@link XmlScanner} reads, chunk by chunk as expat takes them: the encoding
 * comes from {@code ParserCreate}, else a byte order mark or the first bytes' pattern, else the XML declaration (held
 * back until its {@code ?>} has arrived), else UTF-8. A byte sequence cut by a chunk's end waits for the next chunk;
 * bytes that do not decode end the text there ({@link #invalidAt}), where the scanner then reports expat's error.
 * Each character's length in the input encoding is known ({@link #byteLength}), so byte offsets need no table.
 */
final class XmlInput {
  /** The encodings expat knows itself; any other name goes to a one-byte table built from Python's codec. */
  enum Kind { UTF8, UTF16, ONE_BYTE }

  final StringBuilder text = new StringBuilder();
  /** Index in {@link #text} where decoding failed (the scanner's invalid token), or MAX_VALUE. */
  int invalidAt = Integer.MAX_VALUE;
  XmlError invalidKind = XmlError.INVALID_TOKEN;

  private final String requested;
  /** Builds the 256-entry table for an encoding expat does not know (Python's codecs: pyexpat's unknown-encoding handler). */
  private final Function<String, char[]> oneByteTable;
  private Kind kind;
  private CharsetDecoder decoder;
  private char[] table;
  private byte[] pending = new byte[0];

  XmlInput(String requested, Function<String, char[]> oneByteTable) {
    this.requested = requested;
    this.oneByteTable = oneByteTable;
  }

  /** Bytes the character {@code c} took in the input (a surrogate: half of its pair's four bytes in UTF-8). */
  int byteLength(char c) {
    if (kind == Kind.UTF16) return 2;
    if (kind == Kind.ONE_BYTE) return 1;
    if (c < 0x80) return 1;
    if (c < 0x800) return 2;
    return Character.isSurrogate(c) ? 2 : 3;
  }

  Kind kind() { return kind == null ? Kind.UTF8 : kind; }

  /** A str was given: pyexpat passes its UTF-8 bytes and tells expat so. */
  void addText(String s) {
    if (kind == null) choose("UTF-8");
    if (invalidAt == Integer.MAX_VALUE) text.append(s);
  }

  void addBytes(byte[] data, boolean isFinal) {
    if (invalidAt != Integer.MAX_VALUE) return;
    byte[] all = pending.length == 0 ? data : concat(pending, data);
    pending = all;
    if (kind == null && !detect(isFinal)) return;
    decode(isFinal);
  }

  /** The encoding, when it can be told yet: from ParserCreate, the first bytes, or the XML declaration. */
  private boolean detect(boolean isFinal) {
    if (requested != null) {
      choose(requested);
      return true;
    }
    byte[] b = pending;
    if (b.length < 4 && !isFinal) return false;
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) return choose("UTF-16BE");
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) return choose("UTF-16LE");
    if (b.length >= 2 && b[0] == 0) return choose("UTF-16BE");
    if (b.length >= 2 && b[1] == 0) return choose("UTF-16LE");
    int from = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
    String head = new String(b, from, Math.min(b.length - from, 5), StandardCharsets.ISO_8859_1);
    if (!"<?xml".startsWith(head) || head.isEmpty()) return choose("UTF-8");
    if (head.length() < 5) return isFinal && choose("UTF-8");
    int close = indexOf(b, from, (byte) '?', (byte) '>');
    if (close < 0) return isFinal && choose("UTF-8");
    Matcher m = DECLARED.matcher(new String(b, from, close - from, StandardCharsets.ISO_8859_1));
    return choose(from == 0 && m.find() ? m.group(2) : "UTF-8");
  }

  private static final Pattern DECLARED = Pattern.compile("^<\\?xml\\s[^>]*?encoding\\s*=\\s*([\"'])([A-Za-z][A-Za-z0-9._-]*)\\1");

  private boolean choose(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    switch (n) {
      case "UTF-8" -> { kind = Kind.UTF8; decoder = strict(StandardCharsets.UTF_8.newDecoder()); }
      case "UTF-16", "UTF-16BE", "UTF-16LE" -> {
        kind = Kind.UTF16;
        boolean le = n.equals("UTF-16LE") || n.equals("UTF-16") && pending.length >= 2 && (pending[0] & 0xff) == 0xff;
        decoder = strict((le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE).newDecoder());
      }
      case "ISO-8859-1" -> { kind = Kind.ONE_BYTE; table = latin1(); }
      case "US-ASCII" -> { kind = Kind.ONE_BYTE; table = latin1(); java.util.Arrays.fill(table, 0x80, 256, '\ufffd'); }
      default -> { kind = Kind.ONE_BYTE; table = oneByteTable.apply(name); }
    }
    return true;
  }

  private static char[] latin1() {
    char[] t = new char[256];
    for (int i = 0; i < 256; i++) t[i] = (char) i;
    return t;
  }

  private static CharsetDecoder strict(CharsetDecoder d) {
    return d.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private void decode(boolean isFinal) {
    byte[] b = pending;
    if (table != null) {
      for (int i = 0; i < b.length; i++) {
        char c = table[b[i] & 0xff];
        if (c == '\ufffd') {
          invalidAt = text.length();
          break;
        }
        text.append(c);
      }
      pending = new byte[0];
      return;
    }
    ByteBuffer in = ByteBuffer.wrap(b);
    CharBuffer out = CharBuffer.allocate(b.length + 2);
    CoderResult r = decoder.decode(in, out, false);
    out.flip();
    text.append(out);
    if (r.isError()) {
      invalidAt = text.length();
      pending = new byte[0];
      return;
    }
    pending = java.util.Arrays.copyOfRange(b, in.position(), b.length);
    if (isFinal && pending.length > 0) {
      invalidAt = text.length();
      invalidKind = XmlError.PARTIAL_CHAR;
    }
  }

  private static int indexOf(byte[] b, int from, byte x, byte y) {
    for (int i = from; i + 1 < b.length; i++) if (b[i] == x && b[i + 1] == y) return i;
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  /** Drops the first {@code n} characters, read and done with. */
  void discard(int n) {
    text.delete(0, n);
    if (invalidAt != Integer.MAX_VALUE) invalidAt -= n;
  }
}
