/**
 * Python 3.12's formatting machinery on Java values, ahead of the object model: the format-spec mini-language
 * ({@link dev.kaa.format.FormatSpec}) and each built-in type's {@code __format__} ({@code IntFormat}, {@code FloatFormat},
 * ...). Ints are long or BigInteger, floats double, str String. Depends on {@code dev.kaa.text} and on
 * {@code dev.kaa.objects}' errors only.
 */
package dev.kaa.format;
