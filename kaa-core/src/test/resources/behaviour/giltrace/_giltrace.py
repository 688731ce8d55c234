"""Kaa's giltrace renderer for the cases: imported as Kaa imports it, or by path under python3.12 (which has no
``kaa`` package), so that both run the very same files. Also the cases' tools: writing a trace, running the command."""

import atexit
import contextlib
import importlib.util
import io
import json
import os
import shutil
import sys
import tempfile

try:
    import kaa
except ModuleNotFoundError:
    _lib = os.path.join(os.path.dirname(os.path.abspath(__file__)), *[os.pardir] * 4, "main", "resources", "kaa", "lib")
    _spec = importlib.util.spec_from_file_location("kaa", os.path.join(_lib, "kaa", "__init__.py"))
    kaa = importlib.util.module_from_spec(_spec)
    sys.modules["kaa"] = kaa
    _spec.loader.exec_module(kaa)

from kaa.giltrace.__main__ import main

DIRECTORY = tempfile.mkdtemp(prefix="giltrace-case-")
atexit.register(shutil.rmtree, DIRECTORY, True)


def write(name, content):
    """A file in the cases' scratch directory; JSON-encoded unless ``content`` is a str."""
    with open(os.path.join(DIRECTORY, name), "w", encoding="utf-8") as f:
        f.write(content if isinstance(content, str) else json.dumps(content))


def read(name):
    with open(os.path.join(DIRECTORY, name), encoding="utf-8") as f:
        return f.read().replace(DIRECTORY + os.sep, "")


def run(*argv):
    """Runs the command line on files of the scratch directory; prints what it wrote to stdout, its exit status and
    what it wrote to stderr, with the directory's name taken out."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main([os.path.join(DIRECTORY, a) if a.endswith((".json", ".svg", ".html")) else a
                           for a in argv])
        except SystemExit as e:
            status = e.code
    print(out.getvalue().replace(DIRECTORY + os.sep, ""), end="")
    text = err.getvalue().replace(DIRECTORY + os.sep, "")
    print("exit %s%s" % (status, (": " + text.strip()) if text else ""))
    return status


def span(tid, state, ts, dur, **args):
    return {"ph": "X", "cat": "gil", "name": state, "pid": 1, "tid": tid, "ts": ts, "dur": dur, "args": args}


def mark(tid, kind, ts, **args):
    return {"ph": "i", "s": "t", "name": kind, "pid": 1, "tid": tid, "ts": ts, "args": args}


def name(tid, text):
    return {"ph": "M", "name": "thread_name", "pid": 1, "tid": tid, "args": {"name": text}}


def convoy(round_trips, policy="cpython"):
    """An I/O thread (MainThread) and a CPU thread as the convoy effect draws them: each round trip the I/O thread
    blocks 50 µs, then waits out a 5 ms interval for the CPU thread, asks it to drop and runs 20 µs."""
    events = [name(101, "MainThread"), name(202, "Thread-1 (spin)"), span(202, "running", 0, 1000)]
    t = 1000
    for _ in range(round_trips):
        events += [span(101, "blocked", t, 50, what="socket.recv"), span(101, "waiting", t + 50, 5000, dropped=True),
                   mark(101, "drop_request", t + 5050, holder=202), span(202, "running", t, 5050),
                   mark(202, "forced_switch", t + 5050, to=101), span(101, "running", t + 5050, 20),
                   span(202, "waiting", t + 5050, 20, dropped=False)]
        t += 5070
    events.append(span(202, "running", t, 100))
    return {"traceEvents": events, "displayTimeUnit": "ms",
            "otherData": {"policy": policy, "switch_interval_us": 5000, "argv": ["kaa", "convoy.py"]}}
