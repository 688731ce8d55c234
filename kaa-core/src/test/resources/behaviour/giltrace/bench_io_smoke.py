# The I/O benchmarks of bench/gil run in their smoke mode (a fraction of a second each) and print one line of figures
# per measurement. The figures depend on the machine (and how loaded it is: the CPU-bound threads may starve); what is
# checked is the shape: every measurement is there, with every figure, and the I/O got done.
import contextlib
import io
import os
import runpy
import sys

BENCH = os.path.join(os.path.dirname(os.path.abspath(__file__)), *[os.pardir] * 6, "bench", "gil")
sys.path.insert(0, BENCH)


def run(program, *argv):
    out = io.StringIO()
    sys.argv = [program] + list(argv)
    with contextlib.redirect_stdout(out):
        runpy.run_path(os.path.join(BENCH, program), run_name="__main__")
    for line in out.getvalue().splitlines():
        name, *pairs = line.split()
        figures = dict(pair.split("=") for pair in pairs)
        print(name, sorted(figures))
        for key in ("requests_per_s", "round_trips"):
            if key in figures and float(figures[key]) <= 0:
                print("  no I/O done:", key, figures[key])


run("io_latency.py", "--smoke")
run("echo_rate.py", "--smoke")
