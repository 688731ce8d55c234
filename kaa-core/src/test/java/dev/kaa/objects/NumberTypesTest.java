package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testing.CPython;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * int, bool, float and complex as Python sees them: each line is a Python expression evaluated by CPython 3.12 and by
 * {@link NumberExpressions} over Kaa's objects; the reprs (or {@code !Type: message}) must be equal.
 */
class NumberTypesTest {
  private static void check(String block) {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    List<String> cases = NumberExpressions.cases(block);
    String script = """
        import sys
        inf = float('inf'); nan = float('nan')
        out = []
        for line in sys.stdin.read().split('\\n')[:-1]:
            try:
                out.append(repr(eval(line)))
            except Exception as e:
                out.append('!' + type(e).__name__ + ': ' + str(e))
        sys.stdout.write('\\n'.join(out) + '\\n')
        """;
    String[] expected = CPython.run(script, String.join("\n", cases) + "\n").split("\n", -1);
    assertEquals(cases.size() + 1, expected.length, "one answer per case");
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String ours = NumberExpressions.show(cases.get(i));
      if (!ours.equals(expected[i])) wrong.add(cases.get(i) + "\n    python: " + expected[i] + "\n    kaa:    " + ours);
    }
    if (!wrong.isEmpty()) fail(wrong.size() + " of " + cases.size() + " differ:\n" + String.join("\n", wrong));
  }

  @Test void intOperators() {
    check("""
        7 + 3
        9223372036854775807 + 1
        -9223372036854775808 - 1
        3037000500 * 3037000500
        -3037000500 * 3037000500
        7 // 2
        -7 // 2
        7 // -2
        -7 % 3
        7 % -3
        7 % 0
        7 // 0
        7 / 0
        divmod(7, -2)
        divmod(-2**70, 3)
        divmod(7, 0)
        7 / 2
        10**400 / 10**399
        10**400 / 3
        1 / 3
        2 ** 10
        2 ** 100
        2 ** -1
        (-2) ** -3
        0 ** -1
        0 ** 0
        pow(2, 10, 1000)
        pow(3, -1, 7)
        pow(2, -1, 4)
        pow(2, 3, 0)
        pow(2, 3, -5)
        pow(2, 3, 5.0)
        pow(2.0, 3, 5)
        pow(2, 3.0, 5)
        pow(2j, 3, 5)
        pow(2, 3, 5j)
        pow(2, 3, 'a')
        pow(2, 3, None)
        1 << 100
        -1 << 3
        1 << -1
        -5 >> 1
        2**100 >> 98
        -1 >> 1000
        12 & 10
        12 | 10
        12 ^ 10
        -12 & 2**70 - 1
        ~5
        ~-(2**70)
        -(-9223372036854775808)
        +7
        abs(-2**64)
        abs(-9223372036854775808)
        1 + 'a'
        1 @ 1
        """);
  }

  @Test void intMixedWithFloatAndComplex() {
    check("""
        1 + 1.5
        1.5 + 1
        1 - 0.5
        3 * 1.5
        7 // 2.0
        -7 % 2.0
        1 / 2.0
        2 ** 0.5
        (-8) ** (1/3)
        (-8.0) ** 0.5
        2 ** -1.0
        10**400 + 1.0
        1.0 + 10**400
        1 + 2j
        2j - 1
        10**400 * 1j
        1 == 1.0
        2**53 + 1 == 2.0**53
        2**53 + 1 > 2.0**53
        10**400 > 1e308
        10**400 < inf
        1 < nan
        1 != nan
        1 == 1+0j
        1 == 1+1j
        2**53 + 1 == complex(2**53, 0)
        1 < 1j
        (1).__eq__(1.0)
        (1).__lt__(2.0)
        """);
  }

  @Test void intConstructionAndConversions() {
    check("""
        int()
        int(7)
        int(-7.9)
        int(7.9)
        int(1e20)
        int(inf)
        int(nan)
        int('  -12  ')
        int('1_000')
        int('1__000')
        int('0x1f', 16)
        int('0x1f', 0)
        int('1f', 16)
        int('z', 36)
        int('010', 0)
        int('0', 0)
        int('12', 3.0)
        int('12', 1)
        int('12', 37)
        int(1.5, 10)
        int(base=10)
        int(x='1')
        int('1', base=2)
        int(True)
        int([1])
        int(None)
        int('١٢٣')
        int('x')
        int('')
        int(1, 2, 3)
        int(2**100)
        float(2**100)
        float(10**400)
        (2**100).__index__()
        (5).__int__()
        True.__int__()
        (5).__float__()
        (5).__trunc__(), (5).__floor__(), (5).__ceil__()
        int.from_bytes([1], 'middle')
        int.from_bytes('ab')
        int.from_bytes(b'\\x01\\x00')
        int.from_bytes(b'\\x01\\x00', 'little')
        int.from_bytes(b'\\xff\\xff', 'big', signed=True)
        int.from_bytes(bytes=b'\\x02', byteorder='big')
        int.from_bytes([1, 0])
        int.from_bytes([256])
        (1).to_bytes()
        (256).to_bytes()
        (256).to_bytes(2, 'little')
        (-1).to_bytes(2, 'big', signed=True)
        (-1).to_bytes(2)
        (5).to_bytes(-1)
        (5).to_bytes(1, 5)
        int(b'12')
        int(b' -7 ')
        int(b'ff', 16)
        int(bytearray(b'12'))
        int(b'x')
        int(b'\\xff')
        float(b'1.5')
        float(b'x')
        complex(b'1')
        int.from_bytes(1)
        """);
  }

  @Test void intMethodsAndAttributes() {
    check("""
        (255).bit_length()
        (-256).bit_length()
        (0).bit_length()
        (2**100 - 1).bit_count()
        (-7).bit_count()
        (6).as_integer_ratio()
        True.as_integer_ratio()
        (6).conjugate()
        (6).is_integer()
        (6).real, (6).imag, (6).numerator, (6).denominator
        True.real
        (1).__round__()
        (15).__round__(-1)
        (25).__round__(-1)
        (35).__round__(-1)
        (-25).__round__(-1)
        (123456).__round__(-3)
        (5).__round__(10**30)
        round(15, -1)
        round(15, None)
        (1).__round__(None)
        (1).__round__(1.0)
        hash(-1)
        hash(2**61 - 1)
        hash(2**61)
        hash(-2**64)
        hash(True)
        (1).__sizeof__()
        (0).__sizeof__()
        (2**100).__sizeof__()
        (5).__getnewargs__()
        True.__getnewargs__()
        (10**4400).__repr__()
        format(255, 'x')
        format(255, '#010b')
        format(1234567, ',')
        format(-42, '')
        format(True, '')
        format(True, 'd')
        format(5, '.2f')
        format(5, 's')
        format(10**30, 'e')
        (7).__format__('>5')
        (7).__add__(1.0)
        (7).__radd__(1)
        (7).__rsub__(10)
        (7).__rfloordiv__(100)
        (7).__rtruediv__(14)
        (3).__rpow__(2)
        (3).__rpow__(2, 5)
        (2).__pow__(3, 5)
        (2).__pow__(3, 'a')
        (7).__rmod__(100)
        (7).__rdivmod__(100)
        (1).__rlshift__(3)
        (1).__rrshift__(4)
        (3).__rand__(5), (3).__ror__(5), (3).__rxor__(5)
        (5).__add__()
        (5).__add__(1, 2)
        """);
  }

  @Test void bool() {
    check("""
        True + True
        True & True
        True & False
        True | False
        True ^ True
        True & 3
        3 & True
        True << 2
        -True
        +True
        ~True
        abs(True)
        True / 2
        True == 1
        True < 2
        bool()
        bool(0)
        bool(5)
        bool(0.0)
        bool(0j)
        bool(1e-300)
        bool(1, 2)
        repr(False)
        str(True)
        True.__and__(1)
        int.__and__(True, True)
        int.__repr__(True)
        hash(False)
        True.bit_length()
        """);
  }

  @Test void floatOperators() {
    check("""
        0.1 + 0.2
        1.5 - 2
        1e308 * 10
        1.0 / 0
        1.0 // 0
        1.0 % 0
        divmod(1.0, 0)
        -7.5 // 2
        -7.5 % 2
        7.5 % -2
        -0.0 % 5
        divmod(7.5, -2)
        divmod(-inf, 2)
        inf % 2
        5 % inf
        -5 % inf
        2.0 ** 10
        2.0 ** 0.5
        (-2.0) ** 2
        (-2.0) ** 0.5
        (-8.0) ** (1/3)
        0.0 ** -1
        0.0 ** 0
        2.0 ** 10000
        2.0 ** -10000
        2.0 ** 10**400
        (-1.0) ** inf
        inf ** -1
        nan ** 0
        1.0 ** nan
        -0.0
        -(0.0)
        +(-0.0)
        abs(-2.5)
        pow(2.0, 3, None)
        pow(2.0, 3, 5)
        1.5 == 1.5
        nan == nan
        nan != nan
        0.0 == -0.0
        1.5 < 2
        2 > 1.5
        1.5 <= 1
        inf > 10**400
        -inf < -10**400
        nan < 1
        1.0 < 'a'
        1.0 + 'a'
        1.0 << 1
        1.0 & 1
        ~1.0
        (1.5).__radd__(1)
        (1.5).__rsub__(1)
        (1.5).__rtruediv__(3)
        (1.5).__rfloordiv__(4)
        (1.5).__rmod__(4)
        (1.5).__rdivmod__(4)
        (2.0).__rpow__(3)
        (0.5).__rpow__(-8)
        (1.5).__add__('a')
        (1.5).__eq__(1)
        (1.5).__eq__('a')
        """);
  }

  @Test void floatConstructionAndMethods() {
    check("""
        float()
        float(3)
        float('  1.5  ')
        float('1_0.5')
        float('1__0')
        float('-inf')
        float('nAn')
        float('infinity')
        float('1e500')
        float('0x1p3')
        float('x')
        float('')
        float([1])
        float(None)
        float(x='1')
        float(1, 2)
        float(True)
        float(2**1024)
        float('١٫٥')
        float.fromhex('0x1.8p1')
        float.fromhex('-0x1p-1074')
        float.fromhex('inf')
        float.fromhex('0x1p9999')
        float.fromhex('zz')
        float.fromhex(1)
        (1.5).hex()
        (-0.0).hex()
        (0.1).hex()
        float.__getformat__('double')
        float.__getformat__('x')
        (2.5).is_integer()
        (2.0).is_integer()
        inf.is_integer()
        (0.75).as_integer_ratio()
        (-2.5).as_integer_ratio()
        inf.as_integer_ratio()
        nan.as_integer_ratio()
        (1e300).as_integer_ratio()
        (1.5).conjugate()
        (1.5).real, (1.5).imag
        (1.5).__getnewargs__()
        (1.5).__int__()
        (-1.5).__trunc__()
        (-1.5).__floor__()
        (-1.5).__ceil__()
        (1e300).__int__()
        inf.__floor__()
        nan.__ceil__()
        (2.5).__round__()
        (3.5).__round__()
        (-2.5).__round__()
        round(2.675, 2)
        round(1.5, 0)
        round(-0.5, 0)
        round(1234.5, -2)
        round(1.5, 400)
        round(1.5, -400)
        round(1e308, -308)
        round(1.5, 10**30)
        round(1.5, -10**30)
        round(1.5, None)
        round(1.5, 1.0)
        round(inf)
        round(nan)
        round(inf, 2)
        (1.5).__round__(None)
        hash(1.5)
        hash(-1.0)
        hash(1e300)
        hash(inf), hash(-inf)
        hash(0.5) == hash(complex(0.5, 0))
        repr(1e16), repr(1e-5), repr(0.1), repr(-0.0), repr(inf), repr(nan)
        str(1.0)
        format(1.5, '')
        format(1.5, '.3f')
        format(1e100, 'g')
        format(1.5, '%')
        format(1.5, 'd')
        format(1234.5, ',.1f')
        (1.5).__format__('>8')
        """);
  }

  @Test void complexNumbers() {
    check("""
        1 + 2j
        (1 + 2j) * (3 - 4j)
        (1 + 2j) / (3 - 4j)
        (1 + 2j) / 0
        1 / 0j
        (1 + 2j) ** 2
        (1 + 2j) ** -2
        (1 + 2j) ** 0.5
        2 ** (1 + 1j)
        0j ** -1
        0j ** 0
        (1e200 + 1e200j) ** 2
        pow(1j, 2, 3)
        (1+2j) % 2
        (1+2j) // 2
        divmod(1j, 1)
        -(1 + 2j)
        +(1 + 2j)
        abs(3 + 4j)
        abs(complex(1e308, 1e308))
        (1 + 2j) == (1 + 2j)
        (1 + 0j) == 1
        (1 + 0j) == 1.0
        1j != 1j
        1j < 2j
        1j < 1
        (1j).__lt__(1j)
        (1 + 2j).conjugate()
        (1 + 2j).real, (1 + 2j).imag
        (1 + 2j).__getnewargs__()
        (1 + 2j).__complex__()
        complex()
        complex(1)
        complex(1, 2)
        complex(1.5, -0.0)
        complex(real=1, imag=2)
        complex(imag=2)
        complex('1+2j')
        complex(' ( -1.5e3-2J ) ')
        complex('j')
        complex('1+')
        complex('1', 2)
        complex(1, '2')
        complex([1])
        complex(1, [1])
        complex(1+2j, 3+4j)
        complex(1j, 1j)
        complex(2j, 5)
        complex(1, 1j)
        complex(True, False)
        complex(10**400)
        complex(1, 2, 3)
        repr(complex(-0.0, -0.0)), repr(complex(0.0, 1)), repr(complex(inf, nan)), repr(-1j)
        str(1 + 2j)
        hash(1 + 0j) == hash(1)
        hash(1 + 2j)
        hash(complex(-1, 0))
        format(1 + 2j, '')
        format(1 + 2j, '.2f')
        format(1 + 2j, '>20')
        format(1 + 2j, '010')
        format(1 + 2j, 'd')
        (1 + 2j).__format__('^16.1e')
        bool(0j), bool(1j)
        (1j).__add__('a')
        (1j).__radd__(1)
        (1j).__rsub__(1)
        (1j).__rmul__(2)
        (1j).__rtruediv__(1)
        (2j).__rpow__(2)
        """);
  }
}
