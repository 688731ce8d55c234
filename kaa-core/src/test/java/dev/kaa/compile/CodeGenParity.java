package dev.kaa.compile;

import dev.kaa.bytecode.Code;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Warnings;
import dev.kaa.testing.CPython;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compiles files with Kaa's code generator and with CPython, and counts per field of {@link CodeShape} how many files
 * have identical code object trees. Files CPython rejects are skipped; files Kaa's generator cannot do yet are counted
 * by construct; any other failure is an internal error, listed.
 */
final class CodeGenParity {
  final Map<String, Integer> identical = new TreeMap<>();
  final Map<String, List<String>> differing = new TreeMap<>();
  final Map<String, Integer> notImplemented = new TreeMap<>();
  final List<String> internalErrors = new ArrayList<>();
  int compared;
  int skipped;

  static CodeGenParity run(List<Path> files) {
    CodeGenParity p = new CodeGenParity();
    StringBuilder stdin = new StringBuilder();
    for (Path f : files) stdin.append(f).append('\n');
    Map<String, String> cpython = parse(CPython.run(CodeShape.PYTHON, stdin.toString()));
    for (Path f : files) {
      String theirs = cpython.get(f.toString());
      if (theirs == null || theirs.equals("ERROR")) {
        p.skipped++;
        continue;
      }
      Code code;
      try {
        byte[] src = Files.readAllBytes(f);
        code = CodeGen.compile(FrontEnd.compileFile(src, f.toString(), Warnings.IGNORE), f.toString(), 0);
      } catch (CodeGen.NotImplementedYet e) {
        p.notImplemented.merge(e.construct, 1, Integer::sum);
        continue;
      } catch (CompileError e) {
        p.internalErrors.add(f + ": front end rejects what CPython accepts: " + e.getMessage());
        continue;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (RuntimeException e) {
        p.internalErrors.add(f + ": " + e);
        continue;
      }
      p.compared++;
      Map<String, String> ours = CodeShape.byField(CodeShape.of(code));
      Map<String, String> theirsByField = CodeShape.byField(theirs);
      for (String field : CodeShape.FIELDS) {
        if (ours.getOrDefault(field, "").equals(theirsByField.getOrDefault(field, ""))) {
          p.identical.merge(field, 1, Integer::sum);
        } else {
          p.differing.computeIfAbsent(field, k -> new ArrayList<>()).add(f.toString());
        }
      }
    }
    return p;
  }

  private static Map<String, String> parse(String out) {
    Map<String, String> m = new LinkedHashMap<>();
    String current = null;
    StringBuilder body = new StringBuilder();
    for (String line : out.split("\n", -1)) {
      if (line.startsWith("=== ")) {
        if (current != null) m.put(current, body.toString().strip());
        current = line.substring(4);
        body.setLength(0);
      } else {
        body.append(line).append('\n');
      }
    }
    if (current != null) m.put(current, body.toString().strip());
    return m;
  }

  String report() {
    StringBuilder sb = new StringBuilder();
    sb.append("compared ").append(compared).append(", not implemented ").append(notImplemented)
        .append(", internal errors ").append(internalErrors.size()).append(", skipped ").append(skipped).append('\n');
    for (String field : CodeShape.FIELDS) {
      sb.append(String.format("  %-16s %d/%d%n", field, identical.getOrDefault(field, 0), compared));
    }
    for (String f : differing.getOrDefault("name", List.of())) sb.append("  SHAPE ").append(f).append('\n');
    for (String e : internalErrors.subList(0, Math.min(20, internalErrors.size()))) sb.append("  ERROR ").append(e).append('\n');
    return sb.toString();
  }

  /** Shape differences of one file, for debugging: CPython's lines and ours that differ. */
  static String diff(Path f) throws IOException {
    String theirs = parse(CPython.run(CodeShape.PYTHON, f + "\n")).get(f.toString());
    Code code = CodeGen.compile(FrontEnd.compileFile(Files.readAllBytes(f), f.toString(), Warnings.IGNORE),
        f.toString(), 0);
    List<String> a = List.of(theirs.split("\n"));
    List<String> b = List.of(CodeShape.of(code).split("\n"));
    StringBuilder sb = new StringBuilder();
    for (String line : a) if (!b.contains(line)) sb.append("- ").append(line).append('\n');
    for (String line : b) if (!a.contains(line)) sb.append("+ ").append(line).append('\n');
    return sb.toString();
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("diff")) {
      System.out.print(diff(Path.of(args[1])));
      return;
    }
    List<Path> files = new ArrayList<>();
    for (String a : args) files.add(Path.of(a));
    System.out.print(run(files).report());
  }
}
