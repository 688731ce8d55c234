package dev.kaa.modules.io;

import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;

/**
 * Universal newlines on decoded text, the heart of {@code IncrementalNewlineDecoder}: remembers which line endings
 * were seen ({@code newlines}), optionally translates {@code \r\n} and {@code \r} to {@code \n}, and holds back a
 * final {@code \r} until the next piece shows whether a {@code \n} follows.
 */
final class NewlineTranslator {
  static final int SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4;

  final boolean translate;
  boolean pendingCr;
  int seen;

  NewlineTranslator(boolean translate) { this.translate = translate; }

  String decode(String text, boolean last) {
    if (pendingCr && (!text.isEmpty() || last)) {
      text = "\r" + text;
      pendingCr = false;
    }
    if (!last && text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
      pendingCr = true;
    }
    int cr = text.indexOf('\r');
    if (cr < 0) {
      if (seen != (SEEN_CR | SEEN_LF | SEEN_CRLF) && text.indexOf('\n') >= 0) seen |= SEEN_LF;
      return text;
    }
    StringBuilder out = translate ? new StringBuilder(text.length()) : null;
    if (out != null) out.append(text, 0, cr);
    if (text.lastIndexOf('\n', cr) >= 0) seen |= SEEN_LF;
    for (int i = cr, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (i + 1 < n && text.charAt(i + 1) == '\n') {
          seen |= SEEN_CRLF;
          i++;
        } else {
          seen |= SEEN_CR;
        }
        if (out != null) out.append('\n');
      } else {
        if (c == '\n') seen |= SEEN_LF;
        if (out != null) out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  void reset() {
    seen = 0;
    pendingCr = false;
  }

  /** {@code newlines}: None, one ending, or a tuple of those seen, in CPython's order. */
  PyObject newlines() {
    return switch (seen) {
      case 0 -> PyNone.NONE;
      case SEEN_CR -> new PyStr("\r");
      case SEEN_LF -> new PyStr("\n");
      case SEEN_CRLF -> new PyStr("\r\n");
      case SEEN_CR | SEEN_LF -> PyTuple.of(new PyStr("\r"), new PyStr("\n"));
      case SEEN_CR | SEEN_CRLF -> PyTuple.of(new PyStr("\r"), new PyStr("\r\n"));
      case SEEN_LF | SEEN_CRLF -> PyTuple.of(new PyStr("\n"), new PyStr("\r\n"));
      default -> PyTuple.of(new PyStr("\r"), new PyStr("\n"), new PyStr("\r\n"));
    };
  }
}
