package dev.kaa.testing;

import dev.kaa.ast.Alias;
import dev.kaa.ast.Arg;
import dev.kaa.ast.Arguments;
import dev.kaa.ast.AstDump;
import dev.kaa.ast.Comprehension;
import dev.kaa.ast.ExceptHandler;
import dev.kaa.ast.Expr;
import dev.kaa.ast.Keyword;
import dev.kaa.ast.MatchCase;
import dev.kaa.ast.Mod;
import dev.kaa.ast.Node;
import dev.kaa.ast.Pattern;
import dev.kaa.ast.Stmt;
import dev.kaa.ast.TypeIgnore;
import dev.kaa.ast.TypeParam;
import dev.kaa.ast.WithItem;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Trees made by CPython's own parser, as Kaa AST records: lets the stages after the parser be tested against CPython
 * before (and independently of) Kaa's parser. CPython serialises {@code ast.parse(...)} as JSON (a node is
 * {@code {"Name": [fields..., attributes...]}} in CPython's field order, which is the records' component order); the
 * records are then built reflectively, so the mapping is written once, not per node.
 */
public final class CPythonAst {
  private CPythonAst() {}

  /**
   * Reads requests on stdin (a tab-separated mode and either "F" + a file path or "S" + a JSON string of source) and
   * answers each with two lines: the JSON tree (or "!" + the error) and, when asked, the tree's
   * {@code ast.dump(include_attributes=True)} (or "-"). Constants are tagged objects; a str holding adjacent lone
   * surrogates, which JSON would read back as one astral character, goes as its code points.
   */
  private static final String SERIALISER = """
      import ast, json, sys, warnings
      warnings.simplefilter("ignore")
      def is_pair(s):
          return any(0xD800 <= ord(a) < 0xDC00 and 0xDC00 <= ord(b) < 0xE000 for a, b in zip(s, s[1:]))
      def const(v):
          if v is None: return {"$": "None"}
          if v is ...: return {"$": "Ellipsis"}
          if isinstance(v, bool): return v
          if isinstance(v, int): return {"i": str(v)}
          if isinstance(v, float): return {"f": v.hex()}
          if isinstance(v, complex): return {"j": v.imag.hex()}
          if isinstance(v, bytes): return {"b": v.hex()}
          if isinstance(v, str): return {"cp": [ord(c) for c in v]} if is_pair(v) else v
          raise TypeError(type(v))
      def enc(v, is_const=False):
          if isinstance(v, ast.AST):
              fields = []
              for f in v._fields:
                  x = getattr(v, f, None)
                  fields.append(const(x) if f == "value" and isinstance(v, (ast.Constant, ast.MatchSingleton)) else enc(x))
              for a in v._attributes:
                  fields.append(getattr(v, a, None))
              return {type(v).__name__: fields}
          if isinstance(v, list):
              return [enc(x) for x in v]
          return v
      for line in sys.stdin:
          mode, dump, kind, arg = line.rstrip("\\n").split("\\t", 3)
          try:
              if kind == "F":
                  with open(arg, "rb") as f: src = f.read()
                  tree = ast.parse(src, arg, mode)
              else:
                  tree = ast.parse(json.loads(arg), "<string>", mode)
              print(json.dumps(enc(tree)))
              print(ast.dump(tree, include_attributes=True) if dump == "1" else "-")
          except Exception as e:
              print("!" + json.dumps(type(e).__name__ + ": " + str(e)))
              print("-")
          sys.stdout.flush()
      """;

  /** One answer: the tree, or why CPython could not parse; and CPython's dump when it was asked for. */
  public record Result(String name, Mod tree, String error, String cpythonDump) {}

  /** {@code ast.parse(source)} in exec mode. */
  public static Mod parse(String source) {
    return parse(source, "exec");
  }

  /** {@code ast.parse(source, mode=mode)}; fails when CPython cannot parse it. */
  public static Mod parse(String source, String mode) {
    Result r;
    try (Session s = new Session()) {
      r = s.request(mode, false, "S", Json.quote(source), "<string>");
    }
    if (r.tree == null) throw new IllegalArgumentException("CPython cannot parse: " + r.error);
    return r.tree;
  }

  /** A JSON string literal of {@code s}, ASCII only (surrogates escaped one by one), as the oracle scripts read it. */
  public static String jsonString(String s) {
    return Json.quote(s);
  }

  /** Parses each source text (exec mode) in one CPython process, handing each result over as it arrives. */
  public static void parseSources(List<String> sources, Consumer<Result> sink) {
    try (Session s = new Session()) {
      for (String source : sources) sink.accept(s.request("exec", false, "S", Json.quote(source), "<string>"));
    }
  }

  /** Parses each file (exec mode) in one CPython process, handing each result over as it arrives. */
  public static void parseFiles(List<Path> files, boolean withDump, Consumer<Result> sink) {
    try (Session s = new Session()) {
      for (Path f : files) sink.accept(s.request("exec", withDump, "F", f.toString(), f.toString()));
    }
  }

  /** A running serialiser process. */
  private static final class Session implements AutoCloseable {
    private final Process process;
    private final BufferedWriter in;
    private final BufferedReader out;

    Session() {
      String exe = CPython.find();
      if (exe == null) throw new IllegalStateException("CPython 3.12 not found");
      try {
        ProcessBuilder pb = new ProcessBuilder(exe, "-X", "utf8", "-c", SERIALISER);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        process = pb.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
      out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16);
    }

    Result request(String mode, boolean withDump, String kind, String arg, String name) {
      try {
        in.write(mode + "\t" + (withDump ? "1" : "0") + "\t" + kind + "\t" + arg + "\n");
        in.flush();
        String json = out.readLine();
        String dump = out.readLine();
        if (json == null || dump == null) throw new IllegalStateException("the CPython serialiser stopped");
        if (json.startsWith("!")) return new Result(name, null, (String) new Json(json.substring(1)).value(), null);
        Mod tree = (Mod) build(new Json(json).value());
        return new Result(name, tree, null, withDump ? dump : null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override public void close() {
      try {
        in.close();
        process.waitFor();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // ---- building records from the decoded JSON ----

  private static final Map<String, Class<?>> NODE_CLASSES = new HashMap<>();

  static {
    List<Class<?>> all = new ArrayList<>(List.of(Arguments.class, Arg.class, Keyword.class, Alias.class,
        WithItem.class, MatchCase.class, Comprehension.class, ExceptHandler.class, TypeIgnore.class));
    for (Class<?> sealed : List.of(Mod.class, Stmt.class, Expr.class, Pattern.class, TypeParam.class)) {
      all.addAll(List.of(sealed.getPermittedSubclasses()));
    }
    for (Class<?> c : all) NODE_CLASSES.put(AstDump.pythonName(c), c);
  }

  private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
    @Override protected Constructor<?> computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) types[i] = components[i].getType();
      try {
        return type.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }
  };

  /** A node from its JSON form {@code {"Name": [values...]}}. */
  private static Node build(Object json) {
    @SuppressWarnings("unchecked")
    Map.Entry<String, Object> only = ((Map<String, Object>) json).entrySet().iterator().next();
    Class<?> type = NODE_CLASSES.get(only.getKey());
    if (type == null) throw new IllegalArgumentException("no Kaa record for CPython node " + only.getKey());
    List<?> values = (List<?>) only.getValue();
    RecordComponent[] components = type.getRecordComponents();
    if (components.length != values.size()) {
      throw new IllegalArgumentException(only.getKey() + ": " + values.size() + " values for " + components.length);
    }
    Object[] args = new Object[components.length];
    for (int i = 0; i < args.length; i++) {
      args[i] = convert(components[i].getType(), components[i].getGenericType(), values.get(i));
    }
    try {
      return (Node) CONSTRUCTORS.get(type).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + only.getKey(), e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object convert(Class<?> type, java.lang.reflect.Type generic, Object json) {
    if (type == int.class) return json == null ? -1 : ((Long) json).intValue();
    if (type == Object.class) return constant(json);
    if (json == null) return null;
    if (type == String.class) return json;
    if (type.isEnum()) return Enum.valueOf((Class) type, ((Map<String, Object>) json).keySet().iterator().next());
    if (type == List.class) {
      Class<?> element = (Class<?>) ((java.lang.reflect.ParameterizedType) generic).getActualTypeArguments()[0];
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) json) out.add(convert(element, element, item));
      return out;
    }
    return build(json);
  }

  private static Object constant(Object json) {
    if (json instanceof String || json instanceof Boolean) return json;
    @SuppressWarnings("unchecked")
    Map.Entry<String, Object> tagged = ((Map<String, Object>) json).entrySet().iterator().next();
    Object v = tagged.getValue();
    return switch (tagged.getKey()) {
      case "$" -> Expr.Constant.Singleton.valueOf((String) v);
      case "i" -> {
        BigInteger big = new BigInteger((String) v);
        yield big.bitLength() < 64 ? (Object) big.longValue() : big;
      }
      case "f" -> parseHexDouble((String) v);
      case "j" -> new Expr.Constant.Imaginary(parseHexDouble((String) v));
      case "b" -> new Expr.Constant.Bytes(HexFormat.of().parseHex((String) v));
      case "cp" -> new Expr.Constant.CodePoints(((List<?>) v).stream().mapToInt(x -> ((Long) x).intValue()).toArray());
      default -> throw new IllegalArgumentException("unknown constant tag " + tagged.getKey());
    };
  }

  /** Python's {@code float.hex()} output, including {@code inf} and {@code nan}. */
  private static double parseHexDouble(String s) {
    return switch (s) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      case "nan" -> Double.NaN;
      default -> Double.parseDouble(s);
    };
  }

  /** Just enough JSON for the serialiser's output: objects (insertion-ordered), arrays, strings, integers, literals. */
  private static final class Json {
    private final String text;
    private int pos;

    Json(String text) {
      this.text = text;
    }

    static String quote(String s) {
      StringBuilder out = new StringBuilder(s.length() + 2).append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') out.append('\\').append(c);
        else if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
        else out.append(c);
      }
      return out.append('"').toString();
    }

    Object value() {
      char c = text.charAt(pos);
      switch (c) {
        case '{' -> {
          pos++;
          Map<String, Object> map = new java.util.LinkedHashMap<>();
          if (text.charAt(pos) == '}') {
            pos++;
            return map;
          }
          while (true) {
            String key = string();
            expect(':');
            map.put(key, value());
            if (text.charAt(pos++) == '}') return map;
            skipSpace();
          }
        }
        case '[' -> {
          pos++;
          List<Object> list = new ArrayList<>();
          if (text.charAt(pos) == ']') {
            pos++;
            return list;
          }
          while (true) {
            list.add(value());
            if (text.charAt(pos++) == ']') return list;
            skipSpace();
          }
        }
        case '"' -> {
          return string();
        }
        default -> {
          if (text.startsWith("null", pos)) return literal(4, null);
          if (text.startsWith("true", pos)) return literal(4, Boolean.TRUE);
          if (text.startsWith("false", pos)) return literal(5, Boolean.FALSE);
          int start = pos;
          while (pos < text.length() && (text.charAt(pos) == '-' || Character.isDigit(text.charAt(pos)))) pos++;
          return Long.parseLong(text, start, pos, 10);
        }
      }
    }

    private Object literal(int length, Object value) {
      pos += length;
      return value;
    }

    private void skipSpace() {
      while (text.charAt(pos) == ' ') pos++;
    }

    private void expect(char c) {
      if (text.charAt(pos++) != c) throw new IllegalArgumentException("bad JSON at " + (pos - 1));
      skipSpace();
    }

    private String string() {
      pos++; // the opening quote
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = text.charAt(pos++);
        if (c == '"') return out.toString();
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = text.charAt(pos++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(text, pos, pos + 4, 16));
            pos += 4;
          }
          default -> out.append(e);
        }
      }
    }
  }
}
