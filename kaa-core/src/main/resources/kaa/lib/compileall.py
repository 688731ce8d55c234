"""Compile directory trees of Python sources to Kaa's .pyc files (Kaa's own compileall, CPython 3.12's interface).

compile_dir, compile_file, compile_path and the command line (python -m compileall [options] [FILE|DIR]...) as
CPython's, over Kaa's py_compile. Not supported yet: -x/rx (no re module), -i with a file, parallel workers (-j is
accepted and runs serially), -e/limit_sl_dest and --hardlink-dupes.
"""

import sys
import _kaa_pyc
import py_compile

__all__ = ["compile_dir", "compile_file", "compile_path"]


def _join(head, tail):
    if not head:
        return tail
    return head + tail if head.endswith("/") else head + "/" + tail


def _walk_dir(dir, maxlevels, quiet=0):
    if not quiet:
        print('Listing {!r}...'.format(dir))
    try:
        names = _kaa_pyc.listdir(dir)
    except OSError:
        if quiet < 2:
            print("Can't list {!r}".format(dir))
        names = []
    for name in names:
        if name == '__pycache__':
            continue
        fullname = _join(dir, name)
        if not _kaa_pyc.isdir(fullname):
            yield fullname
        elif maxlevels > 0 and name not in ('.', '..') and not _kaa_pyc.islink(fullname):
            yield from _walk_dir(fullname, maxlevels - 1, quiet)


def compile_dir(dir, maxlevels=None, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                workers=1, invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                hardlink_dupes=False):
    """Compile every .py file under `dir`, `maxlevels` directories deep; True when all compiled."""
    if workers < 0:
        raise ValueError('workers must be greater or equal to 0')
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    success = True
    for file in _walk_dir(dir, maxlevels, quiet):
        if not compile_file(file, ddir, force, rx, quiet, legacy, optimize, invalidation_mode,
                            stripdir=stripdir, prependdir=prependdir, limit_sl_dest=limit_sl_dest,
                            hardlink_dupes=hardlink_dupes):
            success = False
    return success


def _dfile(fullname, name, ddir, stripdir, prependdir):
    if ddir is not None and (stripdir is not None or prependdir is not None):
        raise ValueError("Destination dir (ddir) cannot be used in combination with stripdir or prependdir")
    if ddir is not None:
        return _join(ddir, name)
    dfile = None
    if stripdir is not None:
        parts = fullname.split("/")
        strip = [p for p in stripdir.split("/") if p]
        kept = [p for p in parts if p]
        if kept[:len(strip)] == strip:
            dfile = "/".join(kept[len(strip):])
        else:
            dfile = fullname
    if prependdir is not None:
        dfile = _join(prependdir, dfile if dfile is not None else fullname)
    return dfile


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                 hardlink_dupes=False):
    """Compile one .py file (other files are skipped); True unless compiling failed."""
    success = True
    name = fullname.rsplit("/", 1)[-1]
    dfile = _dfile(fullname, name, ddir, stripdir, prependdir)
    if rx is not None and rx.search(fullname):
        return success
    levels = optimize if isinstance(optimize, list) else [optimize]
    if not name.endswith('.py') or not _kaa_pyc.isfile(fullname):
        return success
    cfiles = {}
    for level in sorted(set(levels)):
        cfiles[level] = fullname + 'c' if legacy else _kaa_pyc.cache_from_source(fullname, level)
    if not force and all(_kaa_pyc.is_current(fullname, cfile) for cfile in cfiles.values()):
        return success
    if not quiet:
        print('Compiling {!r}...'.format(fullname))
    for level, cfile in cfiles.items():
        try:
            ok = py_compile.compile(fullname, cfile, dfile, True, optimize=level,
                                    invalidation_mode=invalidation_mode)
        except py_compile.PyCompileError as err:
            success = False
            if not _report(fullname, quiet, err.msg):
                return success
        except (SyntaxError, UnicodeError, OSError) as e:
            success = False
            if not _report(fullname, quiet, e.__class__.__name__ + ': ' + str(e)):
                return success
        else:
            if ok == 0:
                success = False
    return success


def _report(fullname, quiet, text):
    """Prints a failure to compile as CPython's compileall does; False when quiet enough to print nothing."""
    if quiet >= 2:
        return False
    if quiet:
        print('*** Error compiling {!r}...'.format(fullname))
    else:
        print('*** ', end='')
    print(text)
    return True


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None):
    """Compile every .py file of the directories on sys.path (the current directory unless `skip_curdir`)."""
    success = True
    for dir in sys.path:
        if (not dir or dir == '.') and skip_curdir:
            if quiet < 2:
                print('Skipping current directory')
        else:
            success = compile_dir(dir, maxlevels, None, force, quiet=quiet, legacy=legacy, optimize=optimize,
                                  invalidation_mode=invalidation_mode) and success
    return success


_USAGE = ("usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR] [-s STRIPDIR]\n"
          "                     [-p PREPENDDIR] [-x REGEXP] [-i FILE] [-j WORKERS]\n"
          "                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]\n"
          "                     [-o OPT_LEVELS] [-e DIR] [--hardlink-dupes]\n"
          "                     [FILE|DIR ...]\n")


def _usage_error(message):
    sys.stderr.write(_USAGE + "compileall.py: error: " + message + "\n")
    sys.exit(2)


def main():
    """The command line: python -m compileall [options] [FILE|DIR]...; exit status 0 when everything compiled."""
    args = sys.argv[1:]
    maxlevels = None
    force = False
    quiet = 0
    legacy = False
    ddir = stripdir = prependdir = None
    opt_levels = []
    mode = None
    dests = []
    with_values = ("-r", "-d", "-s", "-p", "-x", "-i", "-j", "-o", "-e", "--invalidation-mode")
    i = 0
    while i < len(args):
        arg = args[i]
        value = None
        if arg in with_values:
            if i + 1 >= len(args):
                _usage_error("argument %s: expected one argument" % arg)
            value = args[i + 1]
            i += 1
        i += 1
        if arg == "-l":
            maxlevels = 0
        elif arg == "-r":
            maxlevels = int(value)
        elif arg == "-f":
            force = True
        elif arg == "-q":
            quiet += 1
        elif arg == "-b":
            legacy = True
        elif arg == "-d":
            ddir = value
        elif arg == "-s":
            stripdir = value
        elif arg == "-p":
            prependdir = value
        elif arg == "-o":
            opt_levels.append(int(value))
        elif arg == "--invalidation-mode":
            names = {"timestamp": "TIMESTAMP", "checked-hash": "CHECKED_HASH", "unchecked-hash": "UNCHECKED_HASH"}
            if value not in names:
                _usage_error("argument --invalidation-mode: invalid choice: %r" % value)
            mode = getattr(py_compile.PycInvalidationMode, names[value])
        elif arg == "-j":
            int(value)
        elif arg in ("-x", "-i", "-e", "--hardlink-dupes"):
            sys.stderr.write("compileall: %s is not supported by Kaa's compileall yet\n" % arg)
            sys.exit(2)
        elif arg in ("-h", "--help"):
            sys.stdout.write(_USAGE)
            sys.exit(0)
        elif arg.startswith("-") and arg != "-":
            _usage_error("unrecognized arguments: %s" % arg)
        else:
            dests.append(arg)
    if ddir is not None and (stripdir is not None or prependdir is not None):
        _usage_error("-d cannot be used in combination with -s or -p")
    optimize = opt_levels if len(opt_levels) > 1 else opt_levels[0] if opt_levels else -1
    success = True
    try:
        if dests:
            for dest in dests:
                if _kaa_pyc.isfile(dest):
                    ok = compile_file(dest, ddir, force, None, quiet, legacy, optimize, mode,
                                      stripdir=stripdir, prependdir=prependdir)
                else:
                    ok = compile_dir(dest, maxlevels, ddir, force, None, quiet, legacy, optimize, 1, mode,
                                     stripdir=stripdir, prependdir=prependdir)
                success = ok and success
        else:
            success = compile_path(legacy=legacy, force=force, quiet=quiet, optimize=optimize,
                                   invalidation_mode=mode)
    except KeyboardInterrupt:
        if quiet < 2:
            print("\n[interrupted]")
        return False
    return success


if __name__ == '__main__':
    sys.exit(int(not main()))
