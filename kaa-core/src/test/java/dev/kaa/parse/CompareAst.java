package dev.kaa.parse;

import dev.kaa.ast.AstDump;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * For scripts/compare-ast: parses every file of a list in one JVM and compares the dump with CPython's (written
 * beforehand). Each list line is {@code source<TAB>expected-dump-file}; an expected dump starting with "ERROR " is
 * CPython's error, written {@code ERROR Kind: msg @ line}. Prints the mismatches, the count and the parse time.
 */
public final class CompareAst {
  private CompareAst() {}

  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    Path diffDir = args.length > 1 ? Path.of(args[1]) : null;
    int same = 0;
    long parseNanos = 0;
    for (String line : lines) {
      String[] f = line.split("\t");
      byte[] src = Files.readAllBytes(Path.of(f[0]));
      String got;
      long t0 = System.nanoTime();
      try {
        got = AstDump.dump(Parser.parse(src, f[0], Mode.EXEC, Warnings.IGNORE));
      } catch (CompileError e) {
        got = "ERROR " + e.kind + ": " + e.msg + " @ " + e.lineno;
      } catch (RuntimeException | StackOverflowError e) {
        got = "CRASH " + e;
      }
      parseNanos += System.nanoTime() - t0;
      String want = Files.readString(Path.of(f[1]), StandardCharsets.UTF_8).strip();
      if (got.equals(want)) {
        same++;
      } else {
        System.out.println("DIFF " + f[0]);
        if (diffDir != null) {
          Files.writeString(diffDir.resolve(Path.of(f[1]).getFileName() + ".kaa"), got + "\n", StandardCharsets.UTF_8);
        }
      }
    }
    System.out.printf("same %d/%d, parse time %d ms%n", same, lines.size(), parseNanos / 1_000_000);
  }
}
