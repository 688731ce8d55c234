package dev.kaa.runtime;

import java.util.List;
import java.util.Map;

/**
 * What the command line and the environment set in an interpreter beyond {@code sys.argv}: {@code sys.orig_argv},
 * the directories after {@code sys.path[0]} ({@code PYTHONPATH}), {@code sys.flags}, {@code sys.warnoptions},
 * {@code sys._xoptions} (a value is a String, or {@code null} for an option given without {@code =value}, which
 * Python sees as {@code True}), and how the standard streams behave.
 *
 * @param origArgv {@code sys.orig_argv}; null: the same as {@code sys.argv}
 * @param unbuffered {@code -u}: stdout and stderr write through at once
 * @param stdoutLineBuffered stdout flushes at each newline (CPython does so when it is a terminal)
 * @param ioEncoding {@code PYTHONIOENCODING}'s encoding, or null for UTF-8
 * @param ioErrors {@code PYTHONIOENCODING}'s error handler, or null for the streams' defaults
 */
public record Startup(List<String> origArgv, List<String> pathAfterFirst, SysFlags flags, List<String> warnoptions,
                      Map<String, String> xoptions, boolean unbuffered, boolean stdoutLineBuffered, String ioEncoding,
                      String ioErrors) {
  /** python3.12 without options in a clean environment. */
  public static final Startup DEFAULT = new Startup(null, List.of(), SysFlags.DEFAULT, List.of(), Map.of(), false,
      false, null, null);
}
