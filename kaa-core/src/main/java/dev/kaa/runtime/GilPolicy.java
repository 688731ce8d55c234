package dev.kaa.runtime;

/**
 * How an interpreter's threads share it ({@code -X gil=...}, {@code PYTHON_GIL}): see docs/gil.md.
 * <ul>
 *   <li>{@link #CPYTHON}: CPython 3.12's GIL, switch interval, drop requests and forced switching (the default);</li>
 *   <li>{@link #PRIORITY}: the same lock, but a thread coming back from blocking I/O is served ahead of CPU-bound
 *       threads (the cure for the convoy effect), without starving them;</li>
 *   <li>{@link #OFF}: free-threaded, as CPython 3.13t: no lock; built-in containers lock themselves.</li>
 * </ul>
 */
public enum GilPolicy {
  CPYTHON, PRIORITY, OFF
}
