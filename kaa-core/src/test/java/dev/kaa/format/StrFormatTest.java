package dev.kaa.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrFormatTest {
  @Test
  void fixedCases() {
    assertEquals("a\ud83d\ude00", StrFormat.format("a\ud83d\ude00b", ".2"));
    assertEquals(" ab  ", StrFormat.format("ab", "^5"));
    assertEquals("ab000", StrFormat.format("ab", "05"));
    assertEquals("\ud83d\ude00**", StrFormat.format("\ud83d\ude00", "*<3"));
  }

  @Test
  void matchesCPython() {
    Random r = FormatOracle.random();
    List<String[]> rows = new ArrayList<>();
    int n = FormatOracle.cases(4000, 300_000);
    for (int i = 0; i < n; i++) rows.add(new String[] {randomText(r), FormatOracle.randomSpec(r, "sssdr")});
    FormatOracle.compare("def case(v, spec):\n    return format(v, spec)\n", rows, row -> StrFormat.format(row[0], row[1]));
  }

  private static final String[] PIECES = {"a", "bc", "\u00e9", "\ud83d\ude00", " ", "\u4e2d", "\ud800", "{", "%", "\n"};

  static String randomText(Random r) {
    StringBuilder s = new StringBuilder();
    int n = r.nextInt(8);
    for (int i = 0; i < n; i++) s.append(PIECES[r.nextInt(PIECES.length)]);
    return s.toString();
  }
}
