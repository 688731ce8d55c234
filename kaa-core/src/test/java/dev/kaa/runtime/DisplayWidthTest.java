package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.testing.CPython;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {
  @Test void wideAndNarrowCharacters() {
    assertEquals(1, DisplayWidth.of('a'));
    assertEquals(1, DisplayWidth.of('é'));
    assertEquals(2, DisplayWidth.of('日'));
    assertEquals(2, DisplayWidth.of(0x1F600));  // an emoji
    assertEquals(2, DisplayWidth.of(0xFF21));  // fullwidth A
    assertEquals(1, DisplayWidth.of(0xFF61));  // halfwidth katakana punctuation
  }

  /** Every code point, against python3.12's unicodedata.east_asian_width in ('W', 'F'). */
  @Test void runsAreCPythons() {
    Assumptions.assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    String runs = CPython.run("""
        import unicodedata
        wide = [unicodedata.east_asian_width(chr(c)) in 'WF' for c in range(0x110000)] + [False]
        runs = []
        for c in range(0x110000):
            if wide[c] and not (c > 0 and wide[c - 1]):
                runs.append(c)
            if wide[c] and not wide[c + 1]:
                runs.append(c)
        print(*runs)
        """, "").strip();
    List<Integer> expected = new ArrayList<>();
    for (String s : runs.split(" ")) expected.add(Integer.parseInt(s));
    List<Integer> actual = new ArrayList<>();
    for (int c : DisplayWidth.wideRuns()) actual.add(c);
    assertEquals(expected, actual);
    assertEquals(Arrays.asList(1, 2, 2, 1), List.of(DisplayWidth.of(0x10FF), DisplayWidth.of(0x1100),
        DisplayWidth.of(0x115F), DisplayWidth.of(0x1160)));
  }
}
