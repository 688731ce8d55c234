"""textwrap, string, difflib, shlex: wrapping, templates, formatters, diffs and shell-like splitting."""
import textwrap
import string
import difflib
import shlex

lorem = ("Kaa runs Python programs on the Java virtual machine. It compiles source to bytecode, caches it, "
         "and interprets it, with a global interpreter lock that threads take turns on.")
print(textwrap.fill(lorem, width=40))
print(textwrap.wrap(lorem, 30)[:3])
print(textwrap.shorten(lorem, width=50, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
print(repr(textwrap.dedent("""
    def f():
        return 1
""")))
print(textwrap.fill("short words here", width=8, initial_indent="* ", subsequent_indent="  "))
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="Tim", what="kung pao"), t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(string.ascii_letters, string.digits, string.punctuation)
print(string.capwords("hello   wide world"), "{0:>8}|{1:<6}|{2:^7}".format("r", "l", "c"))
fmt = string.Formatter()
print(fmt.format("{name} is {age:03d}", name="Ann", age=7), list(fmt.parse("a{b}c{d!r:>3}")))
a = "one\ntwo\nthree\nfour\n".splitlines(keepends=True)
b = "one\n2\nthree\nfour\nfive\n".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")))
print(difflib.SequenceMatcher(None, "abcdef", "abcxef").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach"]))
print(list(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"])))
print(shlex.split("cmd --opt 'quoted arg' \"double q\" esc\\ aped"), shlex.quote("it's"), shlex.join(["a b", "c"]))
