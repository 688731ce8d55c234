/**
 * The abstract syntax tree: one Java record per node of CPython 3.12's {@code ast} module, with the same names and fields
 * in the same order, and the same positions ({@code lineno}, {@code col_offset} in UTF-8 bytes, {@code end_lineno},
 * {@code end_col_offset}). {@link dev.kaa.ast.AstDump} prints a tree exactly as {@code ast.dump(..., include_attributes=True)}.
 * Depends on nothing else in Kaa.
 */
package dev.kaa.ast;
