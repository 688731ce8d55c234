"""Compile Python source files to Kaa's .pyc files (Kaa's own py_compile, with CPython 3.12's interface).

The .pyc holds Kaa's bytecode (docs/pyc.md), so CPython's py_compile, which writes CPython's, is replaced by this one.
"""

import sys
import _kaa_pyc

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """Raised when a source file cannot be compiled: msg is what would be printed."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            text = _kaa_pyc.format_exception_only(exc_value)
            errmsg = text.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class PycInvalidationMode:
    """How a .pyc is checked against its source: TIMESTAMP, CHECKED_HASH or UNCHECKED_HASH (PEP 552)."""

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return "<PycInvalidationMode.%s: %d>" % (self.name, self.value)


PycInvalidationMode.TIMESTAMP = PycInvalidationMode("TIMESTAMP", 1)
PycInvalidationMode.CHECKED_HASH = PycInvalidationMode("CHECKED_HASH", 2)
PycInvalidationMode.UNCHECKED_HASH = PycInvalidationMode("UNCHECKED_HASH", 3)


def _get_default_invalidation_mode():
    if _kaa_pyc.getenv("SOURCE_DATE_EPOCH"):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1, invalidation_mode=None, quiet=0):
    """Compile the source file `file` to `cfile` (default: its __pycache__ entry); return the path written.

    A compile error raises PyCompileError when `doraise`, else is written to stderr (unless `quiet` is 2) and
    None is returned.
    """
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        cfile = _kaa_pyc.cache_from_source(file, optimize)
    mode = invalidation_mode.value - 1
    try:
        _kaa_pyc.compile_file(file, cfile, dfile or file, optimize, mode)
    except OSError:
        raise
    except Exception as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            sys.stderr.write(py_exc.msg + '\n')
        return None
    return cfile


def main():
    """python -m py_compile [-q] FILE... (or - to read the names from stdin): compile each, exit 1 at the first error."""
    args = sys.argv[1:]
    quiet = False
    names = []
    for arg in args:
        if arg in ("-q", "--quiet"):
            quiet = True
        elif arg in ("-h", "--help"):
            sys.stdout.write("usage: python -m py_compile [-h] [-q] filenames [filenames ...]\n")
            sys.exit(0)
        else:
            names.append(arg)
    if not names:
        sys.stderr.write("usage: python -m py_compile [-h] [-q] filenames [filenames ...]\n"
                         "python -m py_compile: error: the following arguments are required: filenames\n")
        sys.exit(2)
    if names == ['-']:
        names = [line.rstrip('\n') for line in sys.stdin.readlines()]
    for filename in names:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            if not quiet:
                sys.stderr.write(error.msg)
            sys.exit(1)
        except OSError as error:
            if not quiet:
                sys.stderr.write(str(error))
            sys.exit(1)


if __name__ == "__main__":
    main()
