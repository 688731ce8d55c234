package dev.kaa.cli;

/** The texts of {@code -h} and of a usage error: CPython 3.12's, naming the command as it was started. */
final class Help {
  private Help() {}

  static String usageLine(String program) {
    return "usage: " + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
  }

  /** After a usage error, below the message. */
  static String tryHelp(String program) {
    return usageLine(program) + "Try `kaa -h' for more information.\n";
  }

  static String full(String program) {
    return usageLine(program) + """
        Options (and corresponding environment variables):
        -b     : issue warnings about str(bytes_instance), str(bytearray_instance)
                 and comparing bytes/bytearray with str. (-bb: issue errors)
        -B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
        -c cmd : program passed in as string (terminates option list)
        -d     : turn on parser debugging output (for experts only, only works on
                 debug builds); also PYTHONDEBUG=x
        -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
        -h     : print this help message and exit (also -? or --help)
        -i     : inspect interactively after running script; forces a prompt even
                 if stdin does not appear to be a terminal; also PYTHONINSPECT=x
        -I     : isolate Python from the user's environment (implies -E and -s)
        -m mod : run library module as a script (terminates option list)
        -O     : remove assert and __debug__-dependent statements; add .opt-1 before
                 .pyc extension; also PYTHONOPTIMIZE=x
        -OO    : do -O changes and also discard docstrings; add .opt-2 before
                 .pyc extension
        -P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
        -q     : don't print version and copyright messages on interactive startup
        -s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
        -S     : don't imply 'import site' on initialization
        -u     : force the stdout and stderr streams to be unbuffered;
                 this option has no effect on stdin; also PYTHONUNBUFFERED=x
        -v     : verbose (trace import statements); also PYTHONVERBOSE=x
                 can be supplied multiple times to increase verbosity
        -V     : print the Python version number and exit (also --version)
                 when given twice, print more information about the build
        -W arg : warning control; arg is action:message:category:module:lineno
                 also PYTHONWARNINGS=arg
        -x     : skip first line of source, allowing use of non-Unix forms of #!cmd
        -X opt : set implementation-specific option
        --check-hash-based-pycs always|default|never:
                 control how Python invalidates hash-based .pyc files
        --help-env      : print help about Python environment variables and exit
        --help-xoptions : print help about implementation-specific -X options and exit
        --help-all      : print complete help information and exit
        Arguments:
        file   : program read from script file
        -      : program read from stdin (default; interactive mode if a tty)
        arg ...: arguments passed to program in sys.argv[1:]
        Kaa's own options (the front end's stages):
        --dump-tokens FILE, --dump-ast FILE, --dump-symtable FILE
        """;
  }
}
