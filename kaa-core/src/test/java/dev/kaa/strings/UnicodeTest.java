package dev.kaa.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testing.CPython;
import dev.kaa.text.FloatRepr;
import org.junit.jupiter.api.Test;

class UnicodeTest {
  @Test
  void knownCharacters() {
    assertEquals("Lu", Unicode.category('A'));
    assertEquals("Cn", Unicode.category(0x0378));
    assertEquals("Cs", Unicode.category(0xd800));
    assertEquals("Cn", Unicode.category(0x1c89));  // assigned in Unicode 16.0, not in 15.0
    assertEquals("Lo", Unicode.category(0x31350));  // CJK Extension H, new in 15.0
    assertEquals(7, Unicode.decimalValue(0x0667));
    assertEquals(2, Unicode.digitValue(0x00b2));
    assertEquals(0.5, Unicode.numericValue(0x00bd));
    assertEquals(true, Double.isNaN(Unicode.numericValue('a')));
    assertEquals("SS", StrCase.upper("ß"));
    assertEquals("ǅ", StrCase.title("ǆ"));
    assertEquals("ὀδυσσεύς", StrCase.lower("ὈΔΥΣΣΕΎΣ"));
    assertEquals("i̇", StrCase.lower("İ"));
    assertEquals('i', Unicode.simpleLower(0x130));
    assertEquals(0x1fbc, Unicode.simpleUpper(0x1fb3));
    assertEquals(0xdf, Unicode.simpleUpper(0xdf));
  }

  /**
   * Every code point's category, numeric values, predicates and case mappings (through the str operations on a
   * one-character string, and the final-sigma probes that reveal Cased and Case_Ignorable), against python3.12. Python
   * prints a line only where it changes from the previous code point's, with single-character mappings as deltas.
   */
  @Test
  void everyCodePointMatchesCPython() {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    String script = """
        import unicodedata, _sre
        def m(s, c):
            return 'd%d' % (ord(s) - ord(c)) if len(s) == 1 else ' '.join('%x' % ord(x) for x in s)
        prev, out = None, []
        for cp in range(0x110000):
            c = chr(cp)
            num = unicodedata.numeric(c, None)
            flags = (c.isalpha(), c.isalnum(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(),
                     c.isidentifier(), ('a' + c).isidentifier(), c.isprintable(), c.islower(), c.isupper(),
                     c.istitle(), c.isascii())
            line = ';'.join([unicodedata.category(c), str(unicodedata.decimal(c, -1)), str(unicodedata.digit(c, -1)),
                             '' if num is None else repr(num), ''.join('1' if f else '0' for f in flags),
                             m(c.upper(), c), m(c.lower(), c), m(c.title(), c), m(c.casefold(), c),
                             m(c.swapcase(), c), m(c.capitalize(), c), m(chr(_sre.unicode_tolower(cp)), c),
                             ('1' + c + '\\u03a3').lower()[-1] + ('A\\u03a3' + c + 'a').lower()[1]])
            if line != prev:
                out.append('%x;%s' % (cp, line))
                prev = line
        print('\\n'.join(out))
        """;
    String[] lines = CPython.run(script, "").strip().split("\n");
    int next = 0, checked = 0, mismatches = 0;
    String expected = null;
    StringBuilder report = new StringBuilder();
    for (int cp = 0; cp < 0x110000; cp++) {
      if (next < lines.length && Integer.parseInt(lines[next].substring(0, lines[next].indexOf(';')), 16) == cp) {
        expected = lines[next].substring(lines[next].indexOf(';') + 1);
        next++;
      }
      String ours = describe(cp);
      checked++;
      if (!ours.equals(expected) && mismatches++ < 10) {
        report.append(String.format("%n  U+%04X: python %s%n          kaa    %s", cp, expected, ours));
      }
    }
    assertEquals(0x110000, checked);
    assertEquals(0, mismatches, "code points differing from CPython:" + report);
  }

  private static String describe(int cp) {
    String c = new String(Character.toChars(cp));
    double num = Unicode.numericValue(cp);
    boolean[] flags = {StrPredicates.isalpha(c), StrPredicates.isalnum(c), StrPredicates.isdecimal(c),
        StrPredicates.isdigit(c), StrPredicates.isnumeric(c), StrPredicates.isspace(c), StrPredicates.isidentifier(c),
        StrPredicates.isidentifier("a" + c), StrPredicates.isprintable(c), StrPredicates.islower(c),
        StrPredicates.isupper(c), StrPredicates.istitle(c), StrPredicates.isascii(c)};
    StringBuilder bits = new StringBuilder();
    for (boolean f : flags) bits.append(f ? '1' : '0');
    String sigmas = "" + (StrCase.lower("1" + c + "\u03a3").endsWith("\u03c2") ? 'ς' : 'σ')
        + StrCase.lower("A\u03a3" + c + "a").charAt(1);
    return String.join(";", Unicode.category(cp), Integer.toString(Unicode.decimalValue(cp)),
        Integer.toString(Unicode.digitValue(cp)), Double.isNaN(num) ? "" : FloatRepr.repr(num), bits,
        mapping(StrCase.upper(c), cp), mapping(StrCase.lower(c), cp), mapping(StrCase.title(c), cp),
        mapping(StrCase.casefold(c), cp), mapping(StrCase.swapcase(c), cp), mapping(StrCase.capitalize(c), cp),
        mapping(new String(Character.toChars(Unicode.simpleLower(cp))), cp), sigmas);
  }

  private static String mapping(String s, int cp) {
    if (s.codePointCount(0, s.length()) == 1) return "d" + (s.codePointAt(0) - cp);
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(x -> out.append(out.isEmpty() ? "" : " ").append(Integer.toHexString(x)));
    return out.toString();
  }

  /**
   * Python shows no simple upper or title mapping, so the generator derives them; they must equal the JDK's wherever the
   * JDK's newer Unicode gives the character the same category, except where the JDK maps to a character that 15.0 had
   * not assigned yet (16.0 gave U+019B 'ƛ' the new capital U+A7DC).
   */
  @Test
  void simpleMappingsAgreeWithTheJdkWhereUnicodeDidNotChange() {
    int compared = 0, mismatches = 0;
    StringBuilder report = new StringBuilder();
    for (int cp = 0; cp < 0x110000; cp++) {
      if (!Unicode.category(cp).equals(jdkCategory(cp)) || mapsToNewer(cp)) continue;
      compared++;
      if (Unicode.simpleUpper(cp) != Character.toUpperCase(cp) || Unicode.simpleLower(cp) != Character.toLowerCase(cp)
          || Unicode.simpleTitle(cp) != Character.toTitleCase(cp)) {
        if (mismatches++ < 10) report.append(String.format(" U+%04X", cp));
      }
    }
    assertEquals(0, mismatches, "simple mappings differing from the JDK's:" + report);
    assertEquals(true, compared > 1_000_000, "compared " + compared);
  }

  private static boolean mapsToNewer(int cp) {
    for (int to : new int[] {Character.toUpperCase(cp), Character.toLowerCase(cp), Character.toTitleCase(cp)}) {
      if (Unicode.category(to).equals("Cn") && !jdkCategory(to).equals("Cn")) return true;
    }
    return false;
  }

  private static String jdkCategory(int cp) {
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER -> "Lu";
      case Character.LOWERCASE_LETTER -> "Ll";
      case Character.TITLECASE_LETTER -> "Lt";
      case Character.MODIFIER_LETTER -> "Lm";
      case Character.OTHER_LETTER -> "Lo";
      case Character.NON_SPACING_MARK -> "Mn";
      case Character.COMBINING_SPACING_MARK -> "Mc";
      case Character.ENCLOSING_MARK -> "Me";
      case Character.DECIMAL_DIGIT_NUMBER -> "Nd";
      case Character.LETTER_NUMBER -> "Nl";
      case Character.OTHER_NUMBER -> "No";
      case Character.SPACE_SEPARATOR -> "Zs";
      case Character.LINE_SEPARATOR -> "Zl";
      case Character.PARAGRAPH_SEPARATOR -> "Zp";
      case Character.CONTROL -> "Cc";
      case Character.FORMAT -> "Cf";
      case Character.SURROGATE -> "Cs";
      case Character.PRIVATE_USE -> "Co";
      case Character.CONNECTOR_PUNCTUATION -> "Pc";
      case Character.DASH_PUNCTUATION -> "Pd";
      case Character.START_PUNCTUATION -> "Ps";
      case Character.END_PUNCTUATION -> "Pe";
      case Character.INITIAL_QUOTE_PUNCTUATION -> "Pi";
      case Character.FINAL_QUOTE_PUNCTUATION -> "Pf";
      case Character.OTHER_PUNCTUATION -> "Po";
      case Character.MATH_SYMBOL -> "Sm";
      case Character.CURRENCY_SYMBOL -> "Sc";
      case Character.MODIFIER_SYMBOL -> "Sk";
      case Character.OTHER_SYMBOL -> "So";
      default -> "Cn";
    };
  }
}
