/**
 * The running interpreter around the eval loop: one {@link dev.kaa.runtime.Interpreter} per interpreter (its
 * {@code builtins}, {@code sys}, {@code sys.modules}, standard streams, {@code id()} numbering), the {@code module}
 * type, the {@code builtins} and {@code sys} modules, the minimal importer of issue 3, and running a program as
 * {@code __main__}. Depends on {@code dev.kaa.objects}, {@code dev.kaa.interp} and the front end; nothing below it
 * depends on it.
 */
package dev.kaa.runtime;
