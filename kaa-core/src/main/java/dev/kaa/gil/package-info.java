/**
 * What grows around the GIL ({@link dev.kaa.runtime.Gil}): each thread's record of its time running, waiting for the
 * lock and blocked in I/O ({@code -X gilstats}), the trace of every transition ({@code -X giltrace=FILE}, in the
 * format of docs/gil-trace-format.md), and their output at exit. See docs/gil.md.
 */
package dev.kaa.gil;
