/**
 * The bytecode interpreter: frames, the eval loop ({@link dev.kaa.interp.Eval}), functions, bound methods, cells,
 * code/frame/traceback objects, argument binding, exception unwinding, class creation and generators. Depends on
 * {@code dev.kaa.bytecode} (what it runs) and {@code dev.kaa.objects} (what it runs on). See docs/interpreter.md.
 */
package dev.kaa.interp;
