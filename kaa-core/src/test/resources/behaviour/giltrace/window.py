# What the renderer makes of the rest of the format: a time window (--start/--end cut spans at its edges), events out
# of order, the bare event array, events that are not the GIL's, a thread with no name, a trace without otherData,
# and a -X gil=off trace (blocking sections only).
from _giltrace import write, read, run, convoy, span, mark, name

write("convoy.json", convoy(4))
run("convoy.json", "--summary", "--start", "3.5", "--end", "12.25")
run("convoy.json", "--summary", "--start", "12")

events = [span(7, "blocked", 400, 100, what="time.sleep"), name(5, "MainThread"),
          {"ph": "B", "name": "something else", "pid": 1, "tid": 5, "ts": 0},
          span(5, "running", 0, 300), span(7, "running", 300, 100), span(5, "waiting", 300, 100, dropped=False),
          span(5, "running", 400, 250), span(7, "blocked", 0, 300, what="lock.acquire"),
          span(7, "waiting", 500, 150), mark(7, "drop_request", 650, holder=5), span(7, "blocked", 650, 50)]
write("bare.json", events)
run("bare.json", "--summary")

write("off.json", {"traceEvents": [name(1, "MainThread"), name(2, "Thread-1 (io)"),
                                   span(2, "blocked", 100, 900, what="socket.recv"),
                                   span(1, "blocked", 0, 2000, what="lock.acquire")],
                   "otherData": {"policy": "off"}})
run("off.json", "--summary", "-o", "off.svg")
run("off.json", "-o", "off.html")

# A trace the writer cut short (it keeps a bounded number of events) says so.
cut = convoy(1)
cut["otherData"]["events_not_recorded"] = 1234
write("cut.json", cut)
run("cut.json", "--summary", "-o", "cut.html")
print([line for line in read("cut.html").splitlines() if "incomplete" in line])

# --during THREAD: the window is that thread's life; --start and --end count from its start.
during = convoy(2)
during["traceEvents"] += [name(303, "late"), span(303, "blocked", 4000, 2500, what="time.sleep"),
                          span(303, "running", 6500, 100)]
write("during.json", during)
run("during.json", "--summary", "--during", "late")
run("during.json", "--summary", "--during", "late", "--start", "1", "--end", "2")
run("during.json", "--summary", "--during", "nobody")
