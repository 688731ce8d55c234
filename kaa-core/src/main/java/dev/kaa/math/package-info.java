/**
 * Python 3.12's numeric semantics as static functions on Java values, so that the runtime's int, float and complex
 * types stay thin. An int value is a {@link java.lang.Number} that is either a {@link java.lang.Long} or, only when it
 * does not fit in 64 bits, a {@link java.math.BigInteger} ({@link dev.kaa.math.IntMath#normalize}); a float is a
 * {@code double}; a complex is a pair of doubles. Errors are {@link dev.kaa.objects.PyException}s with CPython's
 * messages. Depends on {@code dev.kaa.objects} (errors), {@code dev.kaa.text} (repr) and
 * {@code dev.kaa.strings.Unicode} only. See docs/numbers.md.
 */
package dev.kaa.math;
