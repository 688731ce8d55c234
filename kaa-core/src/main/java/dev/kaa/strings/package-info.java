/**
 * Python's {@code str} methods as static functions on Java Strings, exactly as CPython 3.12 behaves: the pinned
 * Unicode 15.0 character data ({@link dev.kaa.strings.Unicode}), code point indexing ({@link dev.kaa.strings.PyStrIndex}),
 * case mapping, predicates, search, split, build and comparison. Errors go through {@link dev.kaa.objects.Errors};
 * {@code Unicode} itself depends on nothing, so {@code dev.kaa.text} may use it.
 */
package dev.kaa.strings;
