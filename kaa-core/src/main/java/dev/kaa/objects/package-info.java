/**
 * Python's built-in types, one class per type ({@code PyObject}, {@code PyType}, ...), and the pure semantics they share
 * (integer and float arithmetic, formatting, str operations) as static functions on Java values.
 * Errors are raised as {@link dev.kaa.objects.PyException} through {@link dev.kaa.objects.Errors}.
 * May depend on {@code dev.kaa.text}; not on the interpreter.
 */
package dev.kaa.objects;
