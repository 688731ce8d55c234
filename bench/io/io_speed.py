# The io stack's speed on a 50 MB file: writing it line by line in text mode, reading it back with
# `for line in f`, with readline(), in binary 64 KiB chunks, and binary lines. Prints each phase's time in ms on
# stdout as "phase ms", and a checksum so both interpreters are seen to do the same work.
import sys
import time

path = sys.argv[1]
lines = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000


def phase(name, fn):
    t = time.perf_counter()
    result = fn()
    print(f'{name} {(time.perf_counter() - t) * 1000:.0f}')
    return result


def write_text():
    with open(path, 'w', encoding='utf-8') as f:
        for i in range(lines):
            f.write('line %d of the benchmark file, with some text after it\n' % i)


def iterate_text():
    n = 0
    with open(path, encoding='utf-8') as f:
        for line in f:
            n += len(line)
    return n


def readline_text():
    n = 0
    with open(path, encoding='utf-8') as f:
        while True:
            line = f.readline()
            if not line:
                return n
            n += len(line)


def chunks_binary():
    n = 0
    with open(path, 'rb') as f:
        while True:
            b = f.read(65536)
            if not b:
                return n
            n += len(b)


def lines_binary():
    n = 0
    with open(path, 'rb') as f:
        for line in f:
            n += len(line)
    return n


phase('write_text', write_text)
print('checksum', phase('for_line_text', iterate_text), phase('readline_text', readline_text),
      phase('chunks_binary', chunks_binary), phase('for_line_binary', lines_binary))
