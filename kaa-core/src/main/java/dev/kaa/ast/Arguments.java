package dev.kaa.ast;

import java.util.List;

/**
 * A parameter list. {@code kwDefaults} is parallel to {@code kwonlyargs} (null where there is no default);
 * {@code defaults} belong to the last positional parameters.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {}
