# sys.stdout.buffer / sys.stdin.buffer: the byte streams under the standard text streams.
import sys

print("text first")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes second\n")
sys.stdout.buffer.flush()
print("text third")
sys.stdout.flush()
print(sys.stdout.buffer.name, sys.stdin.buffer.name, sys.stderr.buffer.name, sys.stdout.buffer.fileno())
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.writable(), sys.stdin.buffer.readable())
print(sys.stdin.buffer.readline(), sys.stdin.buffer.read())
print("newlines:", sys.stdin.newlines, sys.stdout.newlines, sys.stderr.newlines)
