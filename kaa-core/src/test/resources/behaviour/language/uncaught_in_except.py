# An exception raised while handling another: the traceback prints both, joined by "During handling...".
def parse(text):
    try:
        return int(text)
    except ValueError:
        return {}["fallback for " + text]

print(parse("12"))
print(parse("twelve"))
