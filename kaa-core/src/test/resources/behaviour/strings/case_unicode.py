# case mapping beyond ASCII: special casing (ß, ŉ, ﬃ, İ), titlecase digraphs, final sigma, casefold, swapcase
words = ["straße", "ŉ", "ﬃ", "İstanbul", "ǆemal", "ΣΟΦΟΣ", "ὈΔΥΣΣΕΎΣ", "ǰ", "ﬅ", "Ⅷ", "ⓐⓑ", "ǈ", "ﬀ", "ß", "ᾳ", "ẞ", "Σ", "aΣ b", "aΣ", "AΣA"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
print("hello world's 3rd-time o'neil".title(), "ǆ ǈ".title(), "aBc dEf".capitalize(), "ΣΑΣ".capitalize())
print("ß" == "SS".lower(), "ß".casefold() == "SS".casefold(), "Straße".casefold() == "STRASSE".casefold())
print("ǅ".istitle(), "ǅ".isupper(), "ǅ".islower(), "Ⅷ".isupper(), "ⓐ".islower(), "ß".islower(), "1A".isupper(), "1".isupper())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "ǈudevit".istitle(), "".istitle(), "1 A".istitle())
print("😀".upper(), "𐐨".upper(), "𐐀".lower(), "𞤢".upper(), len("𐐨".upper()))
