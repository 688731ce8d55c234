package dev.kaa.compile;

import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import dev.kaa.ast.Located;
import dev.kaa.ast.Stmt;
import dev.kaa.ast.TypeParam;
import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.Intrinsics;
import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Position;
import java.util.List;

/**
 * PEP 695, as CPython 3.12 compiles it. A generic function, class or type alias is made inside a hidden function,
 * {@code <generic parameters of NAME>}, called at once: its locals are the type parameters (TypeVar, ParamSpec,
 * TypeVarTuple objects made by intrinsics), so that the definition's annotations, bases and body see them as
 * closure variables. A bound, constraints or an alias's value is evaluated lazily: each is its own small function.
 */
final class TypeParamGen {
  private final CodeGen g;

  TypeParamGen(CodeGen g) { this.g = g; }

  /**
   * Opens the type-parameter scope of a definition; the caller then pushes the hidden function's arguments' uses and
   * the definition, and closes with {@link #leave}. Pushes the tuple of type parameters.
   */
  void enter(List<TypeParam> typeParams, String name, String privateName, int firstLineno, Located at) {
    g.enter(g.scopeOf(typeParams), "<generic parameters of " + name + ">", privateName, firstLineno, at);
    typeParamsTuple(typeParams, Position.of(at));
  }

  private void typeParamsTuple(List<TypeParam> typeParams, Position pos) {
    for (TypeParam tp : typeParams) {
      Position tpPos = Position.of(tp);
      if (tp instanceof TypeParam.TypeVar v) {
        g.loadConst(v.name(), tpPos);
        if (v.bound() == null) {
          g.emit(Op.CALL_INTRINSIC_1, Intrinsics.One.TYPEVAR.ordinal(), tpPos);
        } else {
          lazy(g.scopeOf(v), v.name(), v.bound(), false, tpPos);
          Intrinsics.Two kind = v.bound() instanceof Expr.Tuple
              ? Intrinsics.Two.TYPEVAR_WITH_CONSTRAINTS : Intrinsics.Two.TYPEVAR_WITH_BOUND;
          g.emit(Op.CALL_INTRINSIC_2, kind.ordinal(), tpPos);
        }
      } else if (tp instanceof TypeParam.ParamSpec p) {
        g.loadConst(p.name(), tpPos);
        g.emit(Op.CALL_INTRINSIC_1, Intrinsics.One.PARAMSPEC.ordinal(), tpPos);
      } else if (tp instanceof TypeParam.TypeVarTuple t) {
        g.loadConst(t.name(), tpPos);
        g.emit(Op.CALL_INTRINSIC_1, Intrinsics.One.TYPEVARTUPLE.ordinal(), tpPos);
      }
      g.emit(Op.COPY, 1, tpPos);
      g.nameOp(name(tp), ExprContext.Store, tpPos);
    }
    g.emit(Op.BUILD_TUPLE, typeParams.size(), pos);
  }

  private static String name(TypeParam tp) {
    if (tp instanceof TypeParam.TypeVar v) {
      return v.name();
    } else if (tp instanceof TypeParam.ParamSpec p) {
      return p.name();
    } else if (tp instanceof TypeParam.TypeVarTuple t) {
      return t.name();
    } else {
      throw new IllegalStateException("unexpected " + tp);
    }
  }

  /** Returns from the hidden function (its result is on the stack), then calls it with {@code args} pushed below. */
  void leave(int args, Position pos) {
    g.emit(Op.RETURN_VALUE, pos);
    g.unit.argCount = args;
    Code code = g.leave();
    g.makeClosure(code, 0, pos);
    // The NULL pushed before the arguments is the call's empty self slot.
    if (args > 0) g.emit(Op.SWAP, args + 1, pos);
    g.emit(Op.CALL, args, pos);
  }

  /**
   * A function of no arguments returning {@code value}, evaluated when first needed. An alias's value function has
   * None as its first constant (so it has no docstring); a bound's gets it last, from the implicit {@code return
   * None} CPython appends (unreachable, but its constant stays when it is the only one).
   */
  private void lazy(Scope scope, String name, Expr value, boolean noneFirst, Position pos) {
    g.enter(scope, name, g.unit.privateName, value.lineno(), value);
    if (noneFirst) g.unit.constIndex(Expr.Constant.Singleton.None);
    g.exprs.visit(value);
    g.emit(Op.RETURN_VALUE, Position.of(value));
    if (!noneFirst) g.unit.constIndex(Expr.Constant.Singleton.None);
    g.makeClosure(g.leave(), 0, pos);
  }

  /** {@code type X[T] = value}: TYPEALIAS over (name, type parameters or None, the lazy value). */
  void typeAlias(Stmt.TypeAlias t) {
    Position pos = Position.of(t);
    String name = ((Expr.Name) t.name()).id();
    boolean generic = !t.typeParams().isEmpty();
    if (generic) {
      g.emit(Op.PUSH_NULL, pos);
      g.enter(g.scopeOf(t.typeParams()), "<generic parameters of " + name + ">", g.unit.privateName, t.lineno(), t);
      g.loadConst(name, pos);
      typeParamsTuple(t.typeParams(), pos);
    } else {
      g.loadConst(name, pos);
      g.loadConst(Expr.Constant.Singleton.None, pos);
    }
    lazy(g.scopeOf(t), name, t.value(), true, pos);
    g.emit(Op.BUILD_TUPLE, 3, pos);
    g.emit(Op.CALL_INTRINSIC_1, Intrinsics.One.TYPEALIAS.ordinal(), pos);
    if (generic) leave(0, pos);
    g.nameOp(name, ExprContext.Store, pos);
  }
}
