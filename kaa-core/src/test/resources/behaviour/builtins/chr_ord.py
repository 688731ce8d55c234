print(chr(65), chr(0x263a), chr(0x1F600) == "\U0001F600", ord("A"), ord("☺"), ord("\U0001F600"))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("ab", "", 1):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    chr(1.5)
except TypeError as e:
    print("TypeError:", e)
