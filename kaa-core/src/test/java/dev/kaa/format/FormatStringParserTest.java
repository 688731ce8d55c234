package dev.kaa.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.text.StrRepr;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chunks and field names, in the shapes {@code _string.formatter_parser} and {@code formatter_field_name_split} give. */
class FormatStringParserTest {
  /** {@code repr(list(_string.formatter_parser(text)))}. */
  static String parserRepr(String text) {
    List<String> chunks = new ArrayList<>();
    for (FormatStringParser p = new FormatStringParser(text); p.hasNext(); ) {
      FormatStringParser.Chunk c = p.next();
      String conversion = c.conversion() < 0 ? "None" : StrRepr.repr(Character.toString(c.conversion()));
      chunks.add("(" + StrRepr.repr(c.literal()) + ", " + orNone(c.fieldName()) + ", " + orNone(c.formatSpec()) + ", "
          + (c.fieldName() == null ? "None" : conversion) + ")");
    }
    return "[" + String.join(", ", chunks) + "]";
  }

  /** {@code repr((first, list(rest)))} of {@code _string.formatter_field_name_split(text)}. */
  static String fieldNameRepr(String text) {
    FieldName name = new FieldName(text);
    Object first = name.first();
    List<String> rest = new ArrayList<>();
    for (Iterator<FieldName.Accessor> it = name.rest(); it.hasNext(); ) {
      FieldName.Accessor a = it.next();
      rest.add("(" + (a.isAttribute() ? "True" : "False") + ", " + keyRepr(a.key()) + ")");
    }
    return "(" + keyRepr(first) + ", [" + String.join(", ", rest) + "])";
  }

  private static String keyRepr(Object key) {
    return key instanceof String s ? StrRepr.repr(s) : key.toString();
  }

  private static String orNone(String s) {
    return s == null ? "None" : StrRepr.repr(s);
  }

  @Test
  void fixedCases() {
    assertEquals("[('a', '0.attr[key]', '>{width}', 'r'), ('b', None, None, None)]",
        parserRepr("a{0.attr[key]!r:>{width}}b"));
    assertEquals("[('a}', None, None, None), ('b{', None, None, None)]", parserRepr("a}}b{{"));
    assertEquals("(0, [(True, 'attr'), (False, 'key')])", fieldNameRepr("0.attr[key]"));
    assertEquals("(3, [])", fieldNameRepr("\u0663"));
    assertEquals("('a', [(False, 1), (False, '-1')])", fieldNameRepr("a[01][-1]"));
  }

  private static final String[] PIECES = {"a", "{", "}", "!", ":", ".", "[", "]", "0", "1", "r", "x", "{{", "}}",
      "\u00e9", "\ud83d\ude00", "{0}", "{}", "{a.b[c]}", "{!r}", "{:>5}", "{0:{1}}", "\u0663"};

  static String randomFormat(Random r) {
    StringBuilder s = new StringBuilder();
    for (int i = r.nextInt(9); i > 0; i--) s.append(PIECES[r.nextInt(PIECES.length)]);
    return s.toString();
  }

  @Test
  void parserMatchesCPython() {
    Random r = FormatOracle.random();
    List<String[]> rows = new ArrayList<>();
    for (int i = FormatOracle.cases(5000, 300_000); i > 0; i--) rows.add(new String[] {randomFormat(r)});
    FormatOracle.compare("import _string\ndef case(s):\n    return repr(list(_string.formatter_parser(s)))\n",
        rows, row -> parserRepr(row[0]));
  }

  @Test
  void fieldNameSplitMatchesCPython() {
    Random r = FormatOracle.random();
    List<String[]> rows = new ArrayList<>();
    for (int i = FormatOracle.cases(5000, 300_000); i > 0; i--) {
      StringBuilder s = new StringBuilder();
      for (int n = r.nextInt(7); n > 0; n--) s.append("a0.[]\u0663-x1".charAt(r.nextInt(9)));
      if (r.nextInt(50) == 0) s.append("99999999999999999999");
      rows.add(new String[] {s.toString()});
    }
    FormatOracle.compare("""
        import _string
        def case(s):
            first, rest = _string.formatter_field_name_split(s)
            return repr((first, list(rest)))
        """, rows, row -> fieldNameRepr(row[0]));
  }
}
