# The renderer's errors: usage errors as argparse words them (exit 2); a file that cannot be read or is not a GIL
# trace, a window with nothing in it, an output that cannot be written: one clear line and exit 1.
from _giltrace import write, run, convoy, span

run()
run("convoy.json", "--width", "wide")
run("convoy.json", "--width", "50")
run("convoy.json", "--start", "5", "--end", "5")
run("convoy.json", "--bogus")

run("missing.json")
write("text.json", "this is not JSON\n")
run("text.json")
write("number.json", "42")
run("number.json")
write("nothing.json", {"traceEvents": [{"ph": "B", "name": "x", "tid": 1, "ts": 0}]})
run("nothing.json")
write("notobject.json", {"traceEvents": [[1, 2]]})
run("notobject.json")
for event in ({"ph": "X", "name": "running", "ts": 0, "dur": 5},
              {"ph": "X", "name": "running", "tid": 1, "ts": "0", "dur": 5},
              {"ph": "X", "name": "waiting", "tid": 1, "ts": 0},
              {"ph": "X", "name": "blocked", "tid": 1, "ts": 0, "dur": -1},
              {"ph": "M", "name": "thread_name", "tid": 1, "args": {}},
              {"ph": "i", "name": "drop_request", "tid": 1}):
    write("bad.json", {"traceEvents": [span(1, "running", 0, 10), event]})
    run("bad.json", "--summary")

write("convoy.json", convoy(1))
run("convoy.json", "--start", "100")
run("convoy.json", "-o", "no/such/directory/out.html")
