# String and bytes literals: prefixes, escapes, implicit concatenation, triple quotes, raw strings, line joining.
print("tab\there", 'single \'quoted\'', "double \"quoted\"", 'mixed "ok"')
print("\x41\101\u0042\U00000043\N{LATIN SMALL LETTER E WITH ACUTE}", len("\N{SNOWMAN}"), "\N{snowman}" == "\u2603")
print(r"raw \n stays", R"\d+", rb"\x00", Rb"\\", br"\t")
print(b"bytes \x00\xff", B"\101", list(b"\n\r\t\\"))
print("implicit" " " 'concatenation', ("across"
                                       " lines"))
print("""triple "quoted"
with newline""", '''single 'triple' quoted''')
print("line \
continued", len("a\
b"))
print("\0", "\07", repr("\0"), repr("\x7f"), repr("\u200b"), repr("\U0001F600"))
print(u"unicode prefix", U"upper")
s = ("a"
     "b"
     f"{1 + 1}"
     "c")
print(s)
print(len("\r\n"), repr("\N{LF}"), repr("\a\b\f\v"))
total = 1 + \
    2
print(total)
print([1,
       2,  # comment inside brackets
       3])
for src in ['"\\N{NOT A REAL NAME}"', '"\\x4"', 'b"é"', '"abc', "'''open", '"\\U00110000"', "b'\\u1234'"]:
    try:
        value = eval(src)
        print(repr(src), "->", repr(value))
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
