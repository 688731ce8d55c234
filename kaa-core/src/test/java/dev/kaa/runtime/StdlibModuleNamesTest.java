package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.testing.CPython;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class StdlibModuleNamesTest {
  /** The same frozenset as python3.12's: its other platforms' modules included, Kaa's own modules left out. */
  @Test void equalsCPythons() {
    Assumptions.assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    String listed = CPython.run("import sys; print(*sorted(sys.stdlib_module_names))", "").strip();
    Set<String> expected = new TreeSet<>(Arrays.asList(listed.split(" ")));
    assertEquals(expected, StdlibModuleNames.names(StdlibLocator.locate().directory()));
  }
}
