package dev.kaa.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StrCompareTest {
  @Test
  void astralCharactersSortAboveThePrivateUseArea() {
    assertEquals(1, Integer.signum(StrCompare.compare("😀", "\ue000")));
    assertEquals(-1, Integer.signum("😀".compareTo("\ue000")));  // why StrCompare exists
    assertEquals(1, Integer.signum(StrCompare.compare("a😀", "a\uffff")));
    assertEquals(-1, Integer.signum(StrCompare.compare("\ud83d", "😀")));  // a lone high surrogate is below
    assertEquals(-1, Integer.signum(StrCompare.compare("\ud800a", "\ud800b")));
    assertEquals(1, Integer.signum(StrCompare.compare("\ud83d\ude01", "\ud83d\ude00")));
    assertEquals(1, Integer.signum(StrCompare.compare("😀", "\ud83dz")));
    assertEquals(0, StrCompare.compare("😀x", "😀x"));
    assertEquals(-1, Integer.signum(StrCompare.compare("ab", "abc")));
  }
}
