package dev.kaa.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code kaa [option] ... [-c cmd | -m mod | file | -] [arg] ...} asked for, as {@link CommandLine} read it
 * (before the environment variables are applied). Counters are the number of times a flag was given, as CPython's.
 */
final class Options {
  /** What the program is. */
  enum Source { COMMAND, MODULE, FILE, STDIN }

  Source source = Source.STDIN;
  /** The {@code -c} code, {@code -m} module name or script path; null for stdin. */
  String program;
  /** {@code sys.argv}: the arguments after the program, with {@code argv[0]} first. */
  final List<String> argv = new ArrayList<>();

  int bytesWarning, debug, optimize, verbose, version;
  boolean dontWriteBytecode, ignoreEnvironment, inspect, isolated, safePath, quiet, noUserSite, noSite, unbuffered;
  boolean skipFirstLine, help;
  /** {@code -W} options in order. */
  final List<String> warnOptions = new ArrayList<>();
  /** {@code -X} options in order: value null when given without {@code =}. */
  final Map<String, String> xOptions = new LinkedHashMap<>();
  /** A {@code --dump-*} option (Kaa's own: the front end's stages), or null. */
  String dump;
}
