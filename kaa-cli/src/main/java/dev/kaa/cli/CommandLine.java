package dev.kaa.cli;

import java.util.List;

/**
 * Reads the options as CPython 3.12 reads its command line: short options may be grouped ({@code -uB}), an option's
 * argument may be glued to it ({@code -cprint(1)}, {@code -Wd}) or be the next word; {@code -c} and {@code -m} end the
 * options (the rest is {@code sys.argv}), as do the first word that is not an option (the script), {@code -} (stdin)
 * and {@code --}. The messages for a bad command line are CPython's.
 */
final class CommandLine {
  private CommandLine() {}

  /** The short options that take an argument. */
  private static final String WITH_ARGUMENT = "cmWX";
  /** The short options that take none. */
  private static final String FLAGS = "bBdEhiIOPqRsSuvVx?";

  static Options parse(List<String> args) throws UsageError {
    Options o = new Options();
    int i = 0;
    while (i < args.size()) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        i++;
        break;
      }
      if (!arg.startsWith("-") || arg.equals("-")) break;
      i++;
      if (arg.startsWith("--")) {
        String argument = longOption(o, arg, i < args.size() ? args.get(i) : null);
        if (argument != null) i++;
        if (o.help) return o;
        if (o.dump != null) break;
        continue;
      }
      for (int k = 1; k < arg.length(); k++) {
        char c = arg.charAt(k);
        if (WITH_ARGUMENT.indexOf(c) >= 0) {
          String value;
          if (k + 1 < arg.length()) {
            value = arg.substring(k + 1);
          } else if (i < args.size()) {
            value = args.get(i++);
          } else {
            throw new UsageError("Argument expected for the -" + c + " option");
          }
          switch (c) {
            case 'c' -> {
              o.source = Options.Source.COMMAND;
              o.program = value;
            }
            case 'm' -> {
              o.source = Options.Source.MODULE;
              o.program = value;
            }
            case 'W' -> o.warnOptions.add(value);
            default -> xOption(o, value);
          }
          if (c == 'c' || c == 'm') return withArguments(o, c == 'c' ? "-c" : "-m", args, i);
          break;
        }
        flag(o, c);
        if (o.help) return o;  // CPython prints the help at once, whatever follows
      }
    }
    if (o.dump != null) {
      if (args.size() - i != 1) throw new UsageError(o.dump + " takes one FILE");
    }
    if (i < args.size()) {
      String first = args.get(i);
      o.source = first.equals("-") ? Options.Source.STDIN : Options.Source.FILE;
      o.program = first.equals("-") ? null : first;
      o.argv.addAll(args.subList(i, args.size()));
    } else {
      o.argv.add("");
    }
    return o;
  }

  /** {@code sys.argv} after {@code -c} or {@code -m}: the option in place of the program, then the rest. */
  private static Options withArguments(Options o, String argv0, List<String> args, int next) {
    o.argv.add(argv0);
    o.argv.addAll(args.subList(next, args.size()));
    return o;
  }

  private static void flag(Options o, char c) throws UsageError {
    switch (c) {
      case 'b' -> o.bytesWarning++;
      case 'B' -> o.dontWriteBytecode = true;
      case 'd' -> o.debug++;
      case 'E' -> o.ignoreEnvironment = true;
      case 'h', '?' -> o.help = true;
      case 'i' -> o.inspect = true;
      case 'I' -> o.isolated = true;
      case 'O' -> o.optimize++;
      case 'P' -> o.safePath = true;
      case 'q' -> o.quiet = true;
      case 'R' -> { }  // hash randomization is always on: the flag is accepted and does nothing, as in CPython
      case 's' -> o.noUserSite = true;
      case 'S' -> o.noSite = true;
      case 'u' -> o.unbuffered = true;
      case 'v' -> o.verbose++;
      case 'V' -> o.version++;
      case 'x' -> o.skipFirstLine = true;
      case 'J' -> throw new UsageError("-J is reserved for Jython");
      default -> throw new UsageError("Unknown option: -" + c);
    }
  }

  /** A long option; returns the next word when the option took it as its argument, else null. */
  private static String longOption(Options o, String arg, String next) throws UsageError {
    switch (arg) {
      case "--help", "--help-env", "--help-xoptions", "--help-all" -> o.help = true;
      case "--version" -> o.version++;
      case "--dump-tokens", "--dump-ast", "--dump-symtable" -> o.dump = arg;
      case "--check-hash-based-pycs" -> {
        if (next == null) throw new UsageError("Argument expected for the --check-hash-based-pycs option");
        if (!List.of("default", "always", "never").contains(next)) {
          throw new UsageError("--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
        }
        return next;
      }
      default -> throw new UsageError("unknown option " + arg);
    }
    return null;
  }

  private static void xOption(Options o, String value) {
    int eq = value.indexOf('=');
    if (eq < 0) o.xOptions.put(value, null);
    else o.xOptions.put(value.substring(0, eq), value.substring(eq + 1));
  }
}
