package dev.kaa.compile;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.Disassembler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The structural fields of a code object tree, one line per field per code object, in the same text CPython's side
 * ({@link #PYTHON}) prints: what the parity checks compare. Nested code objects are named by their path of indexes
 * among the code constants.
 */
final class CodeShape {
  private CodeShape() {}

  static final List<String> FIELDS = List.of("name", "qualname", "firstlineno", "argcount", "posonlyargcount",
      "kwonlyargcount", "flags", "varnames", "cellvars", "freevars", "names", "consts", "consts_set");

  /** Reads file paths on stdin; prints "=== path" then the shape of compile(source) (or "ERROR"). */
  static final String PYTHON = """
      import sys
      CT = type((lambda: 0).__code__)
      def r(c):
          if isinstance(c, CT): return '<code %s>' % c.co_name
          if isinstance(c, tuple): return '(' + ', '.join(map(r, c)) + (',' if len(c) == 1 else '') + ')'
          if isinstance(c, frozenset): return 'frozenset({' + ', '.join(sorted(map(r, c))) + '})'
          return ascii(c)
      def names(xs): return '[' + ', '.join(xs) + ']'
      def shape(co, path, out):
          f = {'name': co.co_name, 'qualname': co.co_qualname, 'firstlineno': co.co_firstlineno,
               'argcount': co.co_argcount, 'posonlyargcount': co.co_posonlyargcount,
               'kwonlyargcount': co.co_kwonlyargcount, 'flags': co.co_flags, 'varnames': names(co.co_varnames),
               'cellvars': names(co.co_cellvars), 'freevars': names(co.co_freevars), 'names': names(co.co_names),
               'consts': '[' + ', '.join(map(r, co.co_consts)) + ']',
               'consts_set': '{' + ', '.join(sorted(set(map(r, co.co_consts)))) + '}'}
          for k, v in f.items(): out.append('%s %s %s' % (path, k, v))
          i = 0
          for c in co.co_consts:
              if isinstance(c, CT):
                  shape(c, path + '.' + str(i), out); i += 1
      for line in sys.stdin:
          p = line.rstrip('\\n')
          print('=== ' + p)
          try:
              src = open(p, 'rb').read()
              co = compile(src, p, 'exec', dont_inherit=True)
          except Exception:
              print('ERROR'); continue
          out = []
          shape(co, '0', out)
          print('\\n'.join(out))
      """;

  /** The shape of Kaa's code object tree, as the script prints CPython's. */
  static String of(Code code) {
    List<String> out = new ArrayList<>();
    shape(code, "0", out);
    return String.join("\n", out);
  }

  /** Field name -> lines of that field, from a shape text (either side). */
  static Map<String, String> byField(String shape) {
    Map<String, StringBuilder> m = new TreeMap<>();
    for (String line : shape.split("\n")) {
      String[] parts = line.split(" ", 3);
      if (parts.length < 2) continue;
      m.computeIfAbsent(parts[1], k -> new StringBuilder()).append(parts[0]).append(' ')
          .append(parts.length > 2 ? parts[2] : "").append('\n');
    }
    Map<String, String> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, v.toString()));
    return out;
  }

  private static void shape(Code co, String path, List<String> out) {
    List<String> consts = co.consts().stream().map(CodeShape::repr).toList();
    String[][] fields = {
        {"name", co.name}, {"qualname", co.qualname}, {"firstlineno", "" + co.firstLineno},
        {"argcount", "" + co.argCount}, {"posonlyargcount", "" + co.posOnlyArgCount},
        {"kwonlyargcount", "" + co.kwOnlyArgCount}, {"flags", "" + co.flags}, {"varnames", names(co.varnames)},
        {"cellvars", names(co.cellvars)}, {"freevars", names(co.freevars)}, {"names", names(co.names)},
        {"consts", "[" + String.join(", ", consts) + "]"},
        {"consts_set", "{" + String.join(", ", new java.util.TreeSet<>(consts)) + "}"}};
    for (String[] f : fields) out.add(path + " " + f[0] + " " + f[1]);
    int i = 0;
    for (Object c : co.consts()) {
      if (c instanceof Code nested) shape(nested, path + "." + i++, out);
    }
  }

  private static String names(List<String> xs) { return "[" + String.join(", ", xs) + "]"; }

  /** Python's {@code ascii()} of a constant, as the script prints it. */
  static String repr(Object c) {
    return switch (c) {
      case Code code -> "<code " + code.name + ">";
      case Code.ConstTuple t -> "(" + String.join(", ", t.items().stream().map(CodeShape::repr).toList())
          + (t.items().size() == 1 ? ",)" : ")");
      case Code.ConstFrozenSet s -> "frozenset({" + String.join(", ",
          s.items().stream().map(CodeShape::repr).sorted().toList()) + "})";
      default -> ascii(Disassembler.constRepr(c));
    };
  }

  /** Python's ascii() of a repr: non-ASCII code points escaped. */
  private static String ascii(String repr) {
    StringBuilder sb = new StringBuilder();
    repr.codePoints().forEach(cp -> {
      if (cp < 128) sb.append((char) cp);
      else if (cp < 0x100) sb.append(String.format("\\x%02x", cp));
      else if (cp < 0x10000) sb.append(String.format("\\u%04x", cp));
      else sb.append(String.format("\\U%08x", cp));
    });
    return sb.toString();
  }
}
