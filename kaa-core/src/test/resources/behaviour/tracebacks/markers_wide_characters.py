# Markers under wide characters (CJK, emoji) take two columns each, as the characters do on a terminal
import sys


def show(f):
    try:
        f()
    except Exception as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


def cjk_before():
    x = "日本"; return x + 1


def cjk_inside():
    return ("日本" + "語") + 1


def emoji_key():
    return {"😀": 1}["😀😀"]


def accented_narrow():
    return "éè" + 1


def fullwidth_call():
    return len("ＡＢ", "ｃ")


for f in (cjk_before, cjk_inside, emoji_key, accented_narrow, fullwidth_call):
    show(f)
