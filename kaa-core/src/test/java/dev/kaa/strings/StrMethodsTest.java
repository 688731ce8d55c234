package dev.kaa.strings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.objects.PyException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The cases the design page names, as python3.12 answers them; they run where CPython is absent too. */
class StrMethodsTest {
  private static final int NONE = Integer.MAX_VALUE;

  @Test
  void caseMappings() {
    assertEquals("STRASSE", StrCase.upper("straße"));
    assertEquals("strasse", StrCase.casefold("Straße"));
    assertEquals("ǅemal", StrCase.capitalize("ǆEMAL"));
    assertEquals("Ǆ", StrCase.upper("ǅ"));
    assertEquals("σς σ.ς", StrCase.lower("ΣΣ Σ.Σ"));
    assertEquals("Hello World'S", StrCase.title("hello world's"));
    assertEquals("hELLO ǅ", StrCase.swapcase("Hello ǅ"));
  }

  @Test
  void predicates() {
    assertTrue(StrPredicates.istitle("Hello ǅungla"));
    assertFalse(StrPredicates.istitle("HEllo"));
    assertTrue(StrPredicates.isidentifier("_ñame"));
    assertFalse(StrPredicates.isidentifier("1a"));
    assertTrue(StrPredicates.isnumeric("½Ⅻ"));
    assertFalse(StrPredicates.isdigit("½"));
    assertTrue(StrPredicates.isspace("\u001c\u0085\u3000"));
    assertFalse(StrPredicates.isprintable("\u1c89"));  // assigned only in Unicode 16
  }

  @Test
  void searchWithCodePointIndices() {
    PyStrIndex s = PyStrIndex.of("😀a😀a");
    assertEquals(3, StrSearch.find(s, "a", 2, NONE));
    assertEquals(1, StrSearch.rfind(s, "a", 0, -1));
    assertEquals(5, StrSearch.count(s, "", 0, NONE));
    assertEquals(-1, StrSearch.find(s, "", 5, NONE));
    assertFalse(StrSearch.contains("😀", "\udc00"));
    assertTrue(StrSearch.endswith(s, "😀", 0, 3));
    assertEquals("-😀-a-", StrSearch.replace("😀a", "", "-", -1));
    assertPyError("ValueError: substring not found", () -> StrSearch.index(s, "b", 0, NONE));
  }

  @Test
  void splitAndBuild() {
    assertEquals(List.of("a", "b  c "), StrSplit.split("  a b  c ", null, 1));
    assertEquals(List.of("  a b", "c"), StrSplit.rsplit("  a b  c ", null, 1));
    assertEquals(List.of("a\r\n", "b\u2028", "c"), StrSplit.splitlines("a\r\nb\u2028c", true));
    assertArrayEquals(new String[] {"", "", "abc"}, StrSplit.rpartition("abc", "x"));
    assertPyError("ValueError: empty separator", () -> StrSplit.split("abc", "", -1));
    assertEquals("-0042", StrBuild.zfill(PyStrIndex.of("-42"), 5));
    assertEquals("😀😀ab😀", StrBuild.center(PyStrIndex.of("ab"), 5, "😀"));
    assertEquals("a       b", StrBuild.expandtabs("a\tb", 8));
    assertPyError("TypeError: The fill character must be exactly one character long",
        () -> StrBuild.ljust(PyStrIndex.of("a"), 3, "ab"));
  }

  @Test
  void encodeWithErrorHandlers() {
    assertEquals("a?b", ascii(StrEncode.encode("aéb", "ascii", "replace")));
    assertEquals("a\\xe9&#128512;", ascii(StrEncode.encode("aé😀", "latin-1", "xmlcharrefreplace")).replace("\u00e9",
        "\\xe9"));
    assertEquals("\\ud800", ascii(StrEncode.encode("\ud800", "utf-8", "backslashreplace")));
    assertPyError("UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)",
        () -> StrEncode.encode("aéé", "us-ascii", "strict"));
    assertPyError("UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc80' in position 0: surrogates not "
        + "allowed", () -> StrEncode.encode("\udc80", "UTF8", "strict"));
    assertPyError("LookupError: unknown encoding: nope", () -> StrEncode.encode("a", "nope", "strict"));
  }

  private static String ascii(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static void assertPyError(String expected, Executable call) {
    assertEquals(expected, assertThrows(PyException.class, call).getMessage());
  }
}
