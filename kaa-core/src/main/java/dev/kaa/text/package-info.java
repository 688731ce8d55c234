/**
 * Python's text forms of Java values, shared by the AST dump and the runtime: {@link dev.kaa.text.FloatRepr} (float and
 * complex {@code repr}), {@link dev.kaa.text.StrRepr} ({@code str} and {@code bytes} {@code repr}) and
 * {@link dev.kaa.text.IntRepr}. Depends on nothing else in Kaa.
 */
package dev.kaa.text;
