package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.bytecode.Code;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyStr;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frozen modules' code kept in Kaa's own cache: written even when {@code sys.dont_write_bytecode} is set (as
 * CPython's frozen code never depends on it), read by the next interpreter without compiling, and compiled again when
 * the file is older than Kaa's build.
 */
class FrozenCodeCacheTest {
  @TempDir Path dir;

  /** A fresh interpreter that writes no bytecode, keeping frozen code in {@code cache}. */
  private static Interpreter interpreter(FrozenCodeCache cache) {
    Interpreter interp = new Interpreter(new Interpreter.Config(List.of("-c"), null, "kaa",
        new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new ByteArrayOutputStream()));
    interp.sys().dict().put(new PyStr("dont_write_bytecode"), PyBool.TRUE);
    interp.frozenModules().useCache(cache);
    return interp;
  }

  @Test void frozenCodeIsWrittenDespiteDontWriteBytecodeAndReadBack() throws IOException {
    long builtAt = System.currentTimeMillis() - 60_000;
    FrozenCodeCache cache = new FrozenCodeCache(dir, builtAt);
    Interpreter first = interpreter(cache);
    assumeTrue(first.frozenModules().isFrozen("__hello__"), "no standard library with __hello__.py");
    int compiled = first.importer.pycCache.compiledCount();
    Code code = first.frozenModules().code("__hello__");
    assertNotNull(code);
    assertEquals("<frozen __hello__>", code.filename);
    assertEquals(compiled + 1, first.importer.pycCache.compiledCount());
    List<Path> files;
    try (var walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertEquals(1, files.size(), files.toString());
    assertTrue(files.get(0).getFileName().toString().startsWith("__hello__.kaa-312"), files.toString());

    Interpreter second = interpreter(cache);
    int compiledBefore = second.importer.pycCache.compiledCount();
    int loadedBefore = second.importer.pycCache.loadedFromCacheCount();
    Code again = second.frozenModules().code("__hello__");
    assertEquals("<frozen __hello__>", again.filename);
    assertEquals(compiledBefore, second.importer.pycCache.compiledCount());
    assertEquals(loadedBefore + 1, second.importer.pycCache.loadedFromCacheCount());

    // written by an older build: compiled again and replaced
    Files.setLastModifiedTime(files.get(0), FileTime.fromMillis(builtAt - 1_000));
    Interpreter third = interpreter(cache);
    int compiledThird = third.importer.pycCache.compiledCount();
    third.frozenModules().code("__hello__");
    assertEquals(compiledThird + 1, third.importer.pycCache.compiledCount());
    assertTrue(Files.getLastModifiedTime(files.get(0)).toMillis() >= builtAt);
  }
}
