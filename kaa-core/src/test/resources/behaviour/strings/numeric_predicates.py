# isdecimal/isdigit/isnumeric/isalpha/isalnum/isspace/isidentifier/isprintable on the interesting characters
chars = ["0", "9", "٣", "۹", "߀", "०", "²", "①", "½", "Ⅻ", "〇", "一", "𝟘", "𑁦", "⁴", "A", "é", "ß", "ǅ", "ª",
         "_", " ", "\t", "\x1c", "\x85", "\xa0", "\u2028", "\u200b", "\u3000", "\x00", "😀", "\ud800", "\U000E0001", "·"]
for c in chars:
    print(ascii(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalpha(), c.isalnum(), c.isspace(),
          c.isidentifier(), c.isprintable(), c.isupper(), c.islower())
print("".isdecimal(), "".isdigit(), "".isnumeric(), "".isalpha(), "".isalnum(), "".isidentifier(), "".isprintable())
for ident in ("a", "_", "a1", "1a", "ñ", "x·y", "·x", "℘", "℮x", "a b", "if", "None", "𝔘𝔫𝔦", "a-b", "ǅ", "Ⅷ", "_1"):
    print(repr(ident), ident.isidentifier())
print(int("٣٤"), int("𝟘𝟙"), float("١.٥"), int(" ٣ "), int("१२"))
for bad in ("²", "½", "Ⅻ", "一"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
