package dev.kaa.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected texts were printed by CPython 3.12's ast.dump for the source in each test's comment. */
class AstDumpTest {
  private static Expr.Constant constant(Object value, int line, int col, int endCol) {
    return new Expr.Constant(value, null, line, col, line, endCol);
  }

  private static Stmt.ExprStmt exprStmt(Expr value) {
    return new Stmt.ExprStmt(value, value.lineno(), value.colOffset(), value.endLineno(), value.endColOffset());
  }

  @Test
  void moduleWithOptionalFieldsNoneInListsAndConstants() {
    // from . import x as y
    // x = {**a, 1: 2}
    // u"x"; 2j; 1e16; ...; True; 10**20
    // x[::3]
    List<Stmt> body = new ArrayList<>();
    body.add(new Stmt.ImportFrom(null, List.of(new Alias("x", "y", 1, 14, 1, 20)), 1, 1, 0, 1, 20));
    body.add(new Stmt.Assign(
        List.of(new Expr.Name("x", ExprContext.Store, 2, 0, 2, 1)),
        new Expr.Dict(Arrays.asList(null, constant(1L, 2, 10, 11)),
            List.of(new Expr.Name("a", ExprContext.Load, 2, 7, 2, 8), constant(2L, 2, 13, 14)), 2, 4, 2, 15),
        null, 2, 0, 2, 15));
    body.add(exprStmt(new Expr.Constant("x", "u", 3, 0, 3, 4)));
    body.add(exprStmt(constant(new Expr.Constant.Imaginary(2.0), 3, 6, 8)));
    body.add(exprStmt(constant(1e16, 3, 10, 14)));
    body.add(exprStmt(constant(Expr.Constant.Singleton.Ellipsis, 3, 16, 19)));
    body.add(exprStmt(constant(Boolean.TRUE, 3, 21, 25)));
    body.add(exprStmt(new Expr.BinOp(constant(10L, 3, 27, 29), Operator.Pow, constant(BigInteger.valueOf(20), 3, 31, 33),
        3, 27, 3, 33)));
    body.add(exprStmt(new Expr.Subscript(new Expr.Name("x", ExprContext.Load, 4, 0, 4, 1),
        new Expr.Slice(null, null, constant(3L, 4, 4, 5), 4, 2, 4, 5), ExprContext.Load, 4, 0, 4, 6)));
    Mod module = new Mod.Module(body, List.of());
    assertEquals("Module(body=[ImportFrom(names=[alias(name='x', asname='y', lineno=1, col_offset=14, end_lineno=1, end_col_offset=20)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Dict(keys=[None, Constant(value=1, lineno=2, col_offset=10, end_lineno=2, end_col_offset=11)], values=[Name(id='a', ctx=Load(), lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), Constant(value=2, lineno=2, col_offset=13, end_lineno=2, end_col_offset=14)], lineno=2, col_offset=4, end_lineno=2, end_col_offset=15), lineno=2, col_offset=0, end_lineno=2, end_col_offset=15), Expr(value=Constant(value='x', kind='u', lineno=3, col_offset=0, end_lineno=3, end_col_offset=4), lineno=3, col_offset=0, end_lineno=3, end_col_offset=4), Expr(value=Constant(value=2j, lineno=3, col_offset=6, end_lineno=3, end_col_offset=8), lineno=3, col_offset=6, end_lineno=3, end_col_offset=8), Expr(value=Constant(value=1e+16, lineno=3, col_offset=10, end_lineno=3, end_col_offset=14), lineno=3, col_offset=10, end_lineno=3, end_col_offset=14), Expr(value=Constant(value=Ellipsis, lineno=3, col_offset=16, end_lineno=3, end_col_offset=19), lineno=3, col_offset=16, end_lineno=3, end_col_offset=19), Expr(value=Constant(value=True, lineno=3, col_offset=21, end_lineno=3, end_col_offset=25), lineno=3, col_offset=21, end_lineno=3, end_col_offset=25), Expr(value=BinOp(left=Constant(value=10, lineno=3, col_offset=27, end_lineno=3, end_col_offset=29), op=Pow(), right=Constant(value=20, lineno=3, col_offset=31, end_lineno=3, end_col_offset=33), lineno=3, col_offset=27, end_lineno=3, end_col_offset=33), lineno=3, col_offset=27, end_lineno=3, end_col_offset=33), Expr(value=Subscript(value=Name(id='x', ctx=Load(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1), slice=Slice(step=Constant(value=3, lineno=4, col_offset=4, end_lineno=4, end_col_offset=5), lineno=4, col_offset=2, end_lineno=4, end_col_offset=5), ctx=Load(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=6), lineno=4, col_offset=0, end_lineno=4, end_col_offset=6)], type_ignores=[])",
        AstDump.dump(module));
    assertEquals("""
        Expr(
          value=Constant(
            value=2j,
            lineno=3,
            col_offset=6,
            end_lineno=3,
            end_col_offset=8),
          lineno=3,
          col_offset=6,
          end_lineno=3,
          end_col_offset=8)""", AstDump.dump(body.get(3), 2));
  }

  @Test
  void namesOfRenamedNodesAndFieldsInSnakeCase() {
    // [x async for x in y] inside an async function; f"{x!r}"; with a as b: pass
    Expr.Name x = new Expr.Name("x", ExprContext.Load, 1, 1, 1, 2);
    Comprehension gen = new Comprehension(new Expr.Name("x", ExprContext.Store, 1, 13, 1, 14),
        new Expr.Name("y", ExprContext.Load, 1, 18, 1, 19), List.of(), 1);
    assertEquals("List(elts=[], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)",
        AstDump.dump(new Expr.ListExpr(List.of(), ExprContext.Load, 1, 0, 1, 2)));
    assertEquals("ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), "
        + "generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=13, end_lineno=1, "
        + "end_col_offset=14), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), "
        + "ifs=[], is_async=1)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)",
        AstDump.dump(new Expr.ListComp(x, List.of(gen), 1, 0, 1, 20)));
    assertEquals("FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), "
        + "conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)",
        AstDump.dump(new Expr.FormattedValue(x, 'r', null, 1, 0, 1, 6)));
    assertEquals("withitem(context_expr=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2))",
        AstDump.dump(new WithItem(x, null)));
    assertEquals("MatchSingleton(value=None, lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)",
        AstDump.dump(new Pattern.MatchSingleton(Expr.Constant.Singleton.None, 1, 0, 1, 4)));
    // absent end positions are left out
    assertEquals("Name(id='x', ctx=Load(), lineno=1, col_offset=2)",
        AstDump.dump(new Expr.Name("x", ExprContext.Load, 1, 2, -1, -1)));
    assertEquals("Constant(value=b'\\x00\\'\"', lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)",
        AstDump.dump(constant(new Expr.Constant.Bytes(new byte[] {0, '\'', '"'}), 1, 0, 3)));
    assertEquals("Constant(value=-0.0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)",
        AstDump.dump(constant(-0.0, 1, 0, 3)));
  }
}
