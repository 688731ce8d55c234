package dev.kaa.parse;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * From source bytes or text to the UTF-8 buffer the {@link Tokenizer} reads: the BOM, PEP 263 coding cookies, NUL
 * bytes, newline normalisation, and CPython's errors for each. UTF-8 source is not validated up front: as in CPython,
 * invalid bytes are reported where the tokenizer or a literal meets them (in a comment they are harmless).
 */
final class TokenizerSource {
  private TokenizerSource() {}

  private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
  private static final Pattern BLANK = Pattern.compile("^[ \\t\\f]*(?:[#\\r\\n]|$)");

  static Tokenizer forCompile(String source, String filename, Warnings w) {
    if (source.indexOf('\0') >= 0) throw nullBytes(filename);
    return compileBuffer(source.getBytes(StandardCharsets.UTF_8), filename, w);
  }

  static Tokenizer forCompile(byte[] source, String filename, Warnings w) {
    for (byte b : source) if (b == 0) throw nullBytes(filename);
    Declared d = declared(source, filename, "unknown encoding: ");
    Tokenizer t = compileBuffer(d.utf8, filename, w);
    // compile(bytes) with neither cookie nor BOM leaves CPython's parser without an encoding: its error columns
    // stay byte offsets
    if (d.cookie == null && !d.bom) t.useByteOffsets();
    return t;
  }

  /** A file as {@code python FILE} reads it: the whole file is decoded first, with the file-specific messages. */
  static Tokenizer forFile(byte[] source, String filename, Warnings w) {
    int line = 1;
    for (int i = 0; i < source.length; i++) {
      if (source[i] == 0) {
        int start = i;
        while (start > 0 && source[start - 1] != '\n') start--;
        String text = new String(source, start, i - start, StandardCharsets.UTF_8);
        throw new CompileError(CompileError.Kind.SyntaxError, "source code cannot contain null bytes", filename, line,
            0, line, 0, text);
      }
      if (source[i] == '\n') line++;
    }
    Declared d;
    try {
      d = declared(source, filename, "encoding problem: ");
    } catch (CompileError e) {
      if (e.msg.endsWith(" with BOM") || e.msg.startsWith("encoding problem: ")) throw e;
      throw noPosition("encoding problem: " + normalName(cookie(stripBom(source))), filename);
    }
    int bad = d.cookie == null ? firstInvalidUtf8(d.utf8) : -1;
    if (bad >= 0) {
      int badLine = 1;
      for (int i = 0; i < bad; i++) if (d.utf8[i] == '\n') badLine++;
      throw noPosition(String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
          + "declared; see https://peps.python.org/pep-0263/ for details", d.utf8[bad] & 0xff, filename, badLine),
          filename);
    }
    return compileBuffer(d.utf8, filename, w);
  }

  /** The source after its BOM and coding cookie are applied: UTF-8 bytes (not validated when declared UTF-8). */
  private record Declared(byte[] utf8, boolean bom, String cookie) {}

  private static Declared declared(byte[] source, String filename, String unknownPrefix) {
    boolean bom = hasBom(source);
    byte[] body = stripBom(source);
    String cookie = cookie(body);
    if (cookie == null) return new Declared(body, bom, null);
    String name = normalName(cookie);
    if (bom && !name.equals("utf-8")) throw noPosition("encoding problem: " + name + " with BOM", filename);
    Charset cs = charset(name);
    if (cs == null) throw noPosition(unknownPrefix + name, filename);
    byte[] utf8 = cs == StandardCharsets.UTF_8 ? body : decode(body, cs, name, filename).getBytes(StandardCharsets.UTF_8);
    return new Declared(utf8, bom, cookie);
  }

  /**
   * A file's text as CPython's traceback printer reads it back: decoded as the coding cookie says; null when
   * undecodable. A BOM (UTF-8 only) stays, as U+FEFF at the start of line 1, as CPython reads it with "utf-8".
   */
  static String displayText(byte[] source) {
    if (hasBom(source)) return new String(source, StandardCharsets.UTF_8);
    try {
      return new String(declared(source, "", "").utf8, StandardCharsets.UTF_8);
    } catch (CompileError undecodable) {
      return null;
    }
  }

  private static byte[] stripBom(byte[] source) {
    return hasBom(source) ? java.util.Arrays.copyOfRange(source, 3, source.length) : source;
  }

  /** Where the first invalid UTF-8 sequence starts, or -1. */
  private static int firstInvalidUtf8(byte[] b) {
    int[] problem = utf8Problem(b, 0, b.length);
    return problem == null ? -1 : problem[0];
  }

  /** What {@code tokenize.tokenize} reads: encoding from {@code detect_encoding}, newlines kept as they are. */
  record ForTokenize(Tokenizer tokenizer, String encoding) {}

  /**
   * The source as {@code python -m tokenize FILE} reads it. Encoding errors are thrown as {@link CompileError}s
   * worded as {@code tokenize.detect_encoding} words them (they carry no position).
   */
  static ForTokenize forTokenize(byte[] source, String filename) {
    boolean bom = hasBom(source);
    byte[] body = bom ? java.util.Arrays.copyOfRange(source, 3, source.length) : source;
    String encoding = bom ? "utf-8-sig" : "utf-8";
    String quoted = "'" + filename + "'";
    int end1 = lineEnd(body, 0);
    String cookie = null;
    if (end1 > 0) {
      cookie = tokenizeCookie(body, 0, end1, quoted, filename);
      if (cookie == null && BLANK.matcher(latin1(body, 0, end1)).find() && end1 < body.length) {
        cookie = tokenizeCookie(body, end1, lineEnd(body, end1), quoted, filename);
      }
    }
    if (cookie != null) {
      String name = normalName(cookie);
      Charset cs = charset(name);
      if (cs == null) throw noPosition("unknown encoding for " + quoted + ": " + name, filename);
      if (bom && !name.equals("utf-8")) throw noPosition("encoding problem for " + quoted + ": utf-8", filename);
      encoding = bom ? name + "-sig" : name;
      if (cs != StandardCharsets.UTF_8) body = decode(body, cs, name, filename).getBytes(StandardCharsets.UTF_8);
    }
    if (encoding.equals("utf-8-sig")) encoding = "utf-8";
    boolean implicit = body.length > 0 && body[body.length - 1] != '\n';
    byte[] buf = implicit ? append(body, (byte) '\n') : body;
    return new ForTokenize(new Tokenizer(buf, implicit, filename, Warnings.IGNORE).tokenizeMode(), encoding);
  }

  /** tokenize's find_cookie: the line must be UTF-8; returns the cookie's name or null. */
  private static String tokenizeCookie(byte[] body, int start, int end, String quoted, String filename) {
    String line = Identifiers.decodeOrNull(body, start, end);
    if (line == null) throw noPosition("invalid or missing encoding declaration for " + quoted, filename);
    Matcher m = COOKIE.matcher(line);
    return m.find() ? m.group(1) : null;
  }

  private static Tokenizer compileBuffer(byte[] utf8, String filename, Warnings w) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length + 1);
    for (int i = 0; i < utf8.length; i++) {
      byte b = utf8[i];
      if (b == '\r') {
        out.write('\n');
        if (i + 1 < utf8.length && utf8[i + 1] == '\n') i++;
      } else {
        out.write(b);
      }
    }
    boolean implicit = out.size() > 0 && utf8[utf8.length - 1] != '\n' && utf8[utf8.length - 1] != '\r';
    if (implicit) out.write('\n');
    return new Tokenizer(out.toByteArray(), implicit, filename, w);
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
  }

  /** The coding cookie's name on line 1, or on line 2 when line 1 is blank or a comment; null if none. */
  private static String cookie(byte[] body) {
    int end1 = lineEnd(body, 0);
    String first = latin1(body, 0, end1);
    Matcher m = COOKIE.matcher(first);
    if (m.find()) return m.group(1);
    if (!BLANK.matcher(first).find() || end1 >= body.length) return null;
    m = COOKIE.matcher(latin1(body, end1, lineEnd(body, end1)));
    return m.find() ? m.group(1) : null;
  }

  private static int lineEnd(byte[] b, int start) {
    int i = start;
    while (i < b.length && b[i] != '\n') i++;
    return i < b.length ? i + 1 : i;
  }

  private static String latin1(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** CPython's get_normal_name: the spellings of utf-8 and latin-1 it recognises itself. */
  static String normalName(String name) {
    String e = name.substring(0, Math.min(12, name.length())).toLowerCase(Locale.ROOT).replace('_', '-');
    if (e.equals("utf-8") || e.startsWith("utf-8-")) return "utf-8";
    for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
      if (e.equals(latin) || e.startsWith(latin + "-")) return "iso-8859-1";
    }
    return name;
  }

  /** The Java charset for a Python codec name, or null when Python would not know it either. */
  static Charset charset(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    if (n.equals("utf8") || n.equals("utf-8") || n.equals("u8") || n.equals("utf")) return StandardCharsets.UTF_8;
    if (n.equals("latin1") || n.equals("latin") || n.equals("l1")) return StandardCharsets.ISO_8859_1;
    try {
      return Charset.forName(n);
    } catch (RuntimeException e) {
      try {
        return Charset.forName(n.replace("-", ""));
      } catch (RuntimeException e2) {
        return null;
      }
    }
  }

  private static String decode(byte[] body, Charset cs, String name, String filename) {
    CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return d.decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      CharsetDecoder probe = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(body);
      probe.decode(in, CharBuffer.allocate(body.length * 2 + 16), true);
      int at = in.position();
      String codec = name.toLowerCase(Locale.ROOT).replace('-', '_');
      String msg = codec.equals("ascii") || codec.equals("us_ascii")
          ? String.format("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)",
              body[at] & 0xff, at)
          : String.format("'charmap' codec can't decode byte 0x%02x in position %d: character maps to <undefined>",
              body[at] & 0xff, at);
      throw noPosition(msg, filename);
    }
  }

  private static byte[] append(byte[] b, byte last) {
    byte[] r = java.util.Arrays.copyOf(b, b.length + 1);
    r[b.length] = last;
    return r;
  }

  private static CompileError nullBytes(String filename) {
    return new CompileError(CompileError.Kind.SyntaxError, "source code string cannot contain null bytes", filename, 0,
        0, 0, 0, null);
  }

  /** CPython reports decoding problems found before tokenizing with lineno 0 and offset -1. */
  private static CompileError noPosition(String msg, String filename) {
    return new CompileError(CompileError.Kind.SyntaxError, msg, filename, 0, -1, 0, 0, null);
  }

  private static final String[] UTF8_REASONS = {"invalid start byte", "unexpected end of data",
      "invalid continuation byte"};

  /**
   * CPython's message for the first invalid UTF-8 sequence in b[from, to), positions relative to {@code from}, or null
   * when the range is valid UTF-8.
   */
  static String utf8Error(byte[] b, int from, int to) {
    int[] p = utf8Problem(b, from, to);
    return p == null ? null : decodeMessage(b[p[0]], p[0] - from, p[1] - from, UTF8_REASONS[p[2]]);
  }

  /** The first invalid sequence as {start, end, reason index}, or null; ranges as CPython's UTF-8 decoder reports. */
  private static int[] utf8Problem(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need;
      int lo = 0x80, hi = 0xbf;
      if (c >= 0xc2 && c <= 0xdf) {
        need = 1;
      } else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        if (c == 0xe0) lo = 0xa0;
        if (c == 0xed) hi = 0x9f;
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        if (c == 0xf0) lo = 0x90;
        if (c == 0xf4) hi = 0x8f;
      } else {
        return new int[] {i, i + 1, 0};
      }
      for (int k = 1; k <= need; k++) {
        if (i + k >= to) return new int[] {i, to, 1};
        int cc = b[i + k] & 0xff;
        boolean ok = k == 1 ? cc >= lo && cc <= hi : cc >= 0x80 && cc <= 0xbf;
        if (!ok) return new int[] {i, i + k, 2};
      }
      i += need + 1;
    }
    return null;
  }

  private static String decodeMessage(byte first, int start, int end, String reason) {
    if (end - start == 1) {
      return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", first & 0xff, start, reason);
    }
    return String.format("'utf-8' codec can't decode bytes in position %d-%d: %s", start, end - 1, reason);
  }

  /** The error for invalid UTF-8 inside a name token: CPython's "(unicode error)" with the position after it. */
  static CompileError invalidUtf8(Tokenizer t, byte[] buf, int from, int to, int lineno, int startCol) {
    String msg = "(unicode error) " + utf8Error(buf, from, to);
    int offset = t.charOffset(lineno, startCol + (to - from)) - 1;
    return new CompileError(CompileError.Kind.SyntaxError, msg, t.filename(), lineno, offset, lineno, -1,
        t.sourceLine(lineno));
  }
}
