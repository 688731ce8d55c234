"""argparse error handling: exit_on_error=False, ArgumentError messages, and the usage exit (status 2)."""
import argparse
import sys

p = argparse.ArgumentParser(prog="calc", exit_on_error=False)
p.add_argument("x", type=int)
p.add_argument("--op", choices=["add", "mul"])
for argv in [["nope"], ["1", "--op", "div"]]:
    try:
        p.parse_args(argv)
    except argparse.ArgumentError as e:
        print("ArgumentError:", e)
strict = argparse.ArgumentParser(prog="strict")
strict.add_argument("--level", type=float, required=True)
print(strict.parse_args(["--level", "2.5"]))
sys.stdout.flush()
strict.parse_args([])
print("not reached")
