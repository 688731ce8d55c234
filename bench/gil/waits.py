"""How long each wait for the GIL lasted, in switch intervals, and why: from a trace of ``-X giltrace=FILE``.

For every waiting span of the threads that block (I/O threads), counts it by thread, by what the thread did just
before (the blocking call it came back from, or ``running`` for a forced switch), by its length in whole switch
intervals and by how many forced switches went to *other* threads while it waited. Under the ``cpython`` policy,
the convoy effect shows as waits of one interval or more after each blocking call; a wait during which the lock went
to another thread first shows as "1 to others".

    kaa -X giltrace=/tmp/t.json bench/gil/io_latency.py --cpu-threads 2 --interval 0.02
    python3 bench/gil/waits.py /tmp/t.json [--top N]
"""

import argparse
import collections
import json


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("trace", help="a trace written by -X giltrace=FILE")
    parser.add_argument("--top", type=int, default=20, help="how many kinds of wait to list (the most frequent)")
    args = parser.parse_args()
    with open(args.trace) as f:
        data = json.load(f)
    interval = data["otherData"]["switch_interval_us"]
    names = {e["tid"]: e["args"]["name"] for e in data["traceEvents"] if e["ph"] == "M"}
    events = [e for e in data["traceEvents"] if e["ph"] in ("X", "i")]
    switches = sorted((e for e in events if e["name"] == "forced_switch"), key=lambda e: e["ts"])
    spans = sorted((e for e in events if e["ph"] == "X"), key=lambda e: e["ts"])
    blocking = {e["tid"] for e in spans if e["name"] == "blocked"}
    previous, kinds = {}, collections.Counter()
    for span in spans:
        tid = span["tid"]
        if span["name"] == "waiting" and tid in blocking:
            before = previous.get(tid)
            cause = before["args"]["what"] if before and before["name"] == "blocked" else "running"
            end = span["ts"] + span["dur"]
            to_others = sum(1 for s in switches if span["ts"] <= s["ts"] <= end and s["args"]["to"] != tid)
            kinds[names.get(tid, tid), cause, round(span["dur"] / interval), to_others] += 1
        previous[tid] = span
    print("%-16s %-16s %9s %10s %6s" % ("thread", "after", "intervals", "to others", "waits"))
    for (name, cause, intervals, to_others), count in kinds.most_common(args.top):
        print("%-16s %-16s %9d %10d %6d" % (name, cause, intervals, to_others, count))


if __name__ == "__main__":
    main()
