package dev.kaa.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.ast.AstDump;
import dev.kaa.testing.CPython;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Small programs, each parsed by Kaa and by CPython 3.12 (one CPython run for all): the {@code ast.dump} with positions
 * must be identical, or, for a program CPython rejects, the error class, message and all four positions.
 */
class ParserTest {
  private static final String[] VALID = {
      "x = 1\n", "a, *b = c\n", "a = b = c\n", "x: int = 3\n", "(x): int\n", "a.b: c\n", "x += 1\ny @= 2\n",
      "del a, b[1], c.d\n", "del (a, b), [c]\n", "pass; break; continue\n", "return\nreturn 1, 2\n",
      "raise\nraise E from e\n", "global a, b\nnonlocal c\n", "assert x, 'm'\n", "import a.b.c as d, e\n",
      "from . import x\nfrom ..a import (b as c, d,)\nfrom ...x import *\n", "import a\n\n\n# c\nb\n",
      "if a:\n  pass\nelif b:\n  pass\nelse:\n  pass\n", "while x:\n  y\nelse:\n  z\n",
      "for a, b in c:\n  pass\nelse:\n  pass\n", "for x in *a, b: pass\n",
      "try:\n  a\nexcept E as e:\n  b\nexcept:\n  c\nelse:\n  d\nfinally:\n  e\n",
      "try:\n  a\nexcept* (E, F) as e:\n  b\n", "with a as b, c as (d, e): pass\n",
      "with (a as b, c as d,):\n  pass\n", "with (a, b) as c: pass\n", "with (yield): pass\n",
      "@d\n@e.f(1)\ndef f(a, /, b=1, *c, d, e=2, **f) -> int:\n  '''doc'''\n  return a\n",
      "async def f():\n  async for x in y: await z\n  async with a as b: pass\n  [x async for x in y]\n",
      "class A(B, metaclass=M, **kw):\n  x = 1\n", "class A[T: int, *Ts, **P]: pass\n",
      "def f[T](x: T) -> T: pass\n", "type X = int\ntype Y[T] = list[T]\ntype = 1\ntype.x\n",
      "lambda: 0\nlambda a, *b, c=1, **d: a\nlambda *, k: k\nlambda a, /: a\n",
      "a if b else c\nnot a and b or c\n", "a < b <= c != d is not e not in f in g is h\n",
      "a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n\n", "~+-x\n", "await x ** 2\n",
      "(yield)\n(yield from x)\nx = yield a, b\n", "f(a, *b, c=1, **d)\nf(x for x in y)\n", "f(*a, b, *c)\n",
      "a[1]\na[1:2]\na[::3]\na[:, 1:]\na[*b]\na[b:=1]\na[1,]\n", "a.b.c\n", "(x := 1)\nf(y := 2)\n",
      "[]\n[1, *a]\n()\n(1,)\n(1, 2)\n{}\n{1: 2, **a}\n{1, *b}\n", "...\nNone\nTrue\nFalse\n",
      "[x for x in y if z if w for a in b]\n{x for x in y}\n{k: v for k, v in z}\n(x for x in y)\n",
      "1; 1.5; 1j; 0x1f; 0o17; 0b11; 1_000; 1e10; 10**100; 123456789012345678901234567890\n",
      "'a' 'b'\nb'x' b'y'\nu'z'\nr'\\d'\n'''x\ny'''\n", "'\\ud800' '\\udc00'\n",
      "f'a{b}c'\nf'{x!r:>{w}}'\nf'{x=}'\nf'{ x = !s:3}'\nf'{x:}'\nf''\nf'a' 'b'\n'a' f'{b}'\n",
      "f'{f\"{x}\"}'\nf'''{\nx\n}'''\nf'{x:{y}.{z}f}'\nrf'\\d{x}'\n", "f'{x}' f''\nf'' ''\n",
      "match x:\n  case 1 | -2 | 3.0 | 1+2j | 'a' 'b' | b'c':\n    pass\n  case None | True:\n    pass\n",
      "match x, y:\n  case [a, *b, _] if a:\n    pass\n  case (c, d) | {1: e, 'k': f, **g}:\n    pass\n",
      "match x:\n  case A.B(1, y=2) as z:\n    pass\n  case C() | D(a, *_) if b:\n    pass\n  case _:\n    pass\n",
      "match(x)\nmatch = 1\nmatch.x\nmatch[1]\ncase = 2\n_ = 3\n", "match x:\n  case {}: pass\n  case (): pass\n",
      "x = (\n  1,\n  2,\n)\n", "if x:\n    pass\n\n# trailing\n", "\u00e9t\u00e9 = '\u20ac'\n", "x = 1 \\\n  + 2\n",
      "def f(*args: *Ts): pass\n", "print(*a, sep='')\n", "x[a:b, c:d]\n", "a = *b,\n", "for x, in y: pass\n",
  };

  private static final String[] INVALID = {
      "f() = 1\n", "a, f() = 1, 2\n", "f() = x = 1\n", "x = f() = 1\n", "(a, f()) = 1\n", "[a, 1] = x\n",
      "None = 1\n", "f() += 1\n", "a, b += 1\n", "for f() in x: pass\n", "with a as f(): pass\n", "del f()\n",
      "del (a, 1)\n", "print 1\n", "x = (1 2)\n", "if x = 1: pass\n", "f(a for a in b, c)\n", "f(x=1, y)\n",
      "f(**k, *a)\n", "a = 1 if b\n", "if x\n  pass\n", "def f(:\n pass\n", "try:\n  pass\nx=1\n",
      "class A\n pass\n", "import a from b\n", "x = yield = 1\n", "a, b: int\n", "f(a.b=1)\n", "f(True=1)\n",
      "def f(a=1, b): pass\n", "def f(*): pass\n", "def f(**a, b): pass\n", "lambda (a): 1\n",
      "{1: 2, 3}\n", "{1:}\n", "[*a for a in b]\n", "[a, b for a in c]\n", "x = 1 +\n", "a b\n", "(a b)\n",
      "if x:\npass\n", "  x = 1\n", "try:\n  a\nexcept A, B:\n  b\n", "from x import a,\n", "def f[](): pass\n",
      "match x:\n  case a as 1: pass\n", "match x:\n  case 1j + 2: pass\n", "'a' b'b'\n", "f'{x!z}'\n",
      "(*a)\n", "def f():\n  x = \n", "with a as b\n  pass\n", "x := 1\n", "del *a\n", "a[x := 1:2]\n",
  };

  /** Other modes: "mode|source". */
  private static final String[] MODES = {
      "eval|1, 2\n\n", "eval|*a, b", "eval|x = 1", "eval|lambda: (yield)", "single|x = 1\ny = 2\n",
      "single|x = 1\n\n# c\n", "single|if x:\n  pass\n", "single|if x:\n  pass\ny\n", "single|x = 1; y = 2\n",
      "func_type|(int, *str, **x) -> bool", "func_type|() -> None\n", "func_type|(a,) -> b",
  };

  private static final String CPYTHON_SCRIPT = """
      import ast, sys
      for case in sys.stdin.read().split('\\0'):
          mode, src = case.split('|', 1)
          try:
              out = ast.dump(ast.parse(src, mode=mode), include_attributes=True)
          except SyntaxError as e:
              out = '%s: %s @ %s:%s-%s:%s' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
          sys.stdout.write(out + '\\0')
      """;

  private static String kaa(String modeAndSource) {
    String[] parts = modeAndSource.split("\\|", 2);
    Mode mode = Mode.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
    try {
      return AstDump.dump(Parser.parseString(parts[1], "<test>", mode, Warnings.IGNORE));
    } catch (CompileError e) {
      return e.kind + ": " + e.msg + " @ " + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset;
    }
  }

  @TestFactory
  Stream<DynamicTest> sameTreeOrErrorAsCPython() {
    Assumptions.assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    List<String> sources = new ArrayList<>();
    for (String s : VALID) sources.add("exec|" + s);
    for (String s : INVALID) sources.add("exec|" + s);
    sources.addAll(List.of(MODES));
    String[] expected = CPython.run(CPYTHON_SCRIPT, String.join("\0", sources)).split("\0", -1);
    return java.util.stream.IntStream.range(0, sources.size()).mapToObj(i -> DynamicTest.dynamicTest(
        sources.get(i).strip().replace('\n', '|'), () -> assertEquals(expected[i], kaa(sources.get(i)))));
  }
}
