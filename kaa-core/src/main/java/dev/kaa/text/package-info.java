/**
 * Python's text forms of Java values, shared by the AST dump and the runtime: {@link dev.kaa.text.FloatRepr} (float and
 * complex {@code repr}), {@link dev.kaa.text.StrRepr} ({@code str} and {@code bytes} {@code repr}) and
 * {@link dev.kaa.text.IntRepr}. Depends only on the pinned Unicode tables ({@link dev.kaa.strings.Unicode}), so that
 * {@code repr} marks the same characters printable as CPython 3.12 whatever the JDK's Unicode version.
 */
package dev.kaa.text;
