/**
 * The front end's first two stages: {@link dev.kaa.parse.Tokenizer} turns source bytes into {@link dev.kaa.parse.Token}s
 * exactly as CPython 3.12's tokenizer does, and {@link dev.kaa.parse.Parser} turns tokens into a {@link dev.kaa.ast} tree.
 * Errors are {@link dev.kaa.parse.CompileError}s carrying what a Python {@code SyntaxError} carries.
 * Depends only on {@code dev.kaa.ast}.
 */
package dev.kaa.parse;
