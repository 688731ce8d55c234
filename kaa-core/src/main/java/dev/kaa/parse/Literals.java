package dev.kaa.parse;

/**
 * The parser's use of the tokenizer's literal decoders ({@link NumberLiterals}, {@link StringLiterals}): values, and
 * their errors and warnings placed where CPython's parser places them.
 */
final class Literals {
  private final Tokenizer tokenizer;
  private final ParseErrors errors;

  Literals(Tokenizer tokenizer, ParseErrors errors) {
    this.tokenizer = tokenizer;
    this.errors = errors;
  }

  static boolean isUnicodePrefixed(String tokenText) { return StringLiterals.isUnicodeKind(tokenText); }

  static boolean isRawPrefixed(String tokenText) { return StringLiterals.isRaw(tokenText); }

  /** A NUMBER token's value: Long, BigInteger, Double or Imaginary. */
  Object number(Token t) {
    try {
      return NumberLiterals.parse(t.text());
    } catch (NumberLiterals.TooManyDigits e) {
      throw errors.syntaxAtOffsets(e.getMessage(), t.lineno(), 0, t.lineno(), 0);
    }
  }

  /**
   * A STRING token's value: String, CodePoints or Bytes. In the second pass ({@code quiet}) escape warnings are not
   * repeated, as CPython does not repeat them; errors are still raised.
   */
  Object string(Token t, boolean quiet) {
    if (quiet && tokenizer.invalidUtf8In(t, StringLiterals.isRaw(t.text())) == null) {
      try {
        return StringLiterals.decode(t.text(), message -> { });
      } catch (StringLiterals.LiteralError e) {
        // decoded again below, for the error's position
      }
    }
    return StringLiterals.decode(t, tokenizer);
  }

  /** An f-string's literal part; its problems are reported over the f-string's closing token, as CPython does. */
  Object fstringMiddle(Token middle, boolean raw, Token fstringEnd, boolean quiet) {
    if (quiet) {
      try {
        return StringLiterals.decodeFStringMiddle(middle.text(), raw, message -> { });
      } catch (StringLiterals.LiteralError e) {
        // decoded again below, for the error's position
      }
    }
    return StringLiterals.decodeFStringMiddle(middle, raw, fstringEnd, tokenizer);
  }
}
