"""A discrete-event model of io_latency.py under a GIL's rules: which rule makes a round trip cost how many intervals.

Four threads as in io_latency.py: M sends a byte to the echo thread E over a socketpair and waits for it back, while
CPU-bound threads spin. Time is in microseconds; a thread woken (by a signal, its timer or data) runs after a random
wake-up delay, which is what the races for the lock turn on. Rules:

``cpython`` (CPython 3.12's Python/ceval_gil.c, as docs/gil.md tells it): a free lock is taken at once; a thread
that finds it held waits on one condition for an interval, and a wait that times out with the lock still held and
the switch number unchanged since it began sets the drop request; every wait is a new one (a new interval, its
switch number saved again, the back of the condition's queue); any wake-up that finds the lock free takes it. Letting
go signals the longest waiter; with a drop request pending the dropper waits until another thread has the lock.

``kaa`` (Kaa's `cpython` policy): the same, but a lock let go while others wait is owed to the waiter signalled (a
thread arriving meanwhile waits for it), except against a waiter woken by its own timer; and a holder forced off is
queued for the lock at the switch. ``kaa-11``: before session 12, when a waiter woken by its timer did not take an
owed lock either. ``kaa-no-switch-queue``: ``kaa`` with the forced-off holder queueing itself when it wakes.

    convoy_model.py [--rules R] [--cpu-threads N] [--wake MIN MAX] [--seconds S] [--seed N] [--log]

Prints the round trips as trips.py does (in switch intervals), or with ``--log`` every take and drop request.
"""

import argparse
import heapq
import random

from trips import summary


class Model:
    def __init__(self, args):
        self.args = args
        self.rules = args.rules
        self.now = 0.0
        self.events = []
        self.order = 0
        self.random = random.Random(args.seed)
        self.locked = False
        self.holder = self.last_holder = self.owed_to = None
        self.switch_number = 0
        self.drop_request = False
        self.waiters = []  # the condition's queue, longest first
        self.awaiting_switch = []
        self.trips = []

    def at(self, when, action):
        self.order += 1
        heapq.heappush(self.events, (when, self.order, action))

    def wake_delay(self):
        return self.random.uniform(*self.args.wake)

    def log(self, text):
        if self.args.log:
            print("%12.1f %s" % (self.now, text))

    def run(self, until):
        while self.events and self.events[0][0] < until:
            self.now, _, action = heapq.heappop(self.events)
            action()

    # ---- the lock

    def kept_from(self, thread, woken_by_timer):
        """Whether the lock is not for ``thread`` now."""
        if self.locked:
            return True
        owed_elsewhere = self.owed_to is not None and self.owed_to is not thread
        if self.rules == "cpython" or not owed_elsewhere:
            return False
        return not (woken_by_timer and self.rules != "kaa-11")

    def turns(self):
        """The switch number as a waiter counts it: under Kaa's rules an owed lock counts as handed over."""
        return self.switch_number + (1 if self.owed_to is not None else 0)

    def take(self, thread):
        woke = None
        while self.kept_from(thread, woke == "timeout"):
            seen = self.turns()
            woke = yield ("wait", self.args.interval)
            if woke == "timeout" and self.locked and self.turns() == seen:
                self.log("%s asks %s to drop" % (thread.name, self.holder.name))
                self.ask_to_drop()
        self.locked, self.holder, self.owed_to = True, thread, None
        self.log("%s takes (waiting: %s)" % (thread.name, " ".join(w.name for w in self.waiters)))
        if self.last_holder is not thread:
            self.last_holder = thread
            self.switch_number += 1
        queue_now = self.rules in ("kaa", "kaa-11")
        for forced_off in self.awaiting_switch:
            self.at(self.now + (0 if queue_now else self.wake_delay()), lambda t=forced_off: t.resume(None))
        self.awaiting_switch = []
        self.drop_request = False

    def drop(self, thread):
        self.last_holder, self.locked, self.holder = thread, False, None
        if self.waiters:
            woken = self.waiters.pop(0)
            woken.waiting = None
            if self.rules != "cpython":
                self.owed_to = woken
            self.at(self.now + self.wake_delay(), lambda: woken.resume("signal"))
        if self.drop_request:
            self.drop_request = False
            yield ("await_switch",)

    def ask_to_drop(self):
        self.drop_request = True
        holder = self.holder
        if holder is not None and holder.spinning:
            holder.spinning = False
            self.at(self.now + self.args.breaker, lambda: holder.resume(None))


class Thread:
    def __init__(self, model, name, body):
        self.model, self.name = model, name
        self.body = body(self)
        self.waiting = None  # a token while in the condition's queue
        self.spinning = False

    def resume(self, value):
        try:
            command = self.body.send(value)
        except StopIteration:
            return
        m = self.model
        kind = command[0]
        if kind == "run":  # Python code, or a system call, for this long
            m.at(m.now + command[1], lambda: self.resume(None))
        elif kind == "wait":  # a timed wait on the lock's condition
            token = self.waiting = object()
            m.waiters.append(self)

            def timeout():
                if self.waiting is token:
                    m.waiters.remove(self)
                    self.waiting = None
                    m.at(m.now + m.wake_delay(), lambda: self.resume("timeout"))
            m.at(m.now + command[1], timeout)
        elif kind == "await_switch":
            m.awaiting_switch.append(self)
        elif kind == "spin":  # CPU-bound, holding the lock, until asked to drop it
            self.spinning = True
            if m.drop_request:
                self.spinning = False
                m.at(m.now + m.args.breaker, lambda: self.resume(None))
        elif kind == "recv":
            socket = command[1]
            if socket["bytes"]:
                socket["bytes"] -= 1
                m.at(m.now, lambda: self.resume(None))
            else:
                socket["reader"] = self


def send(model, socket):
    reader = socket["reader"]
    if reader is None:
        socket["bytes"] += 1
    else:
        socket["reader"] = None
        model.at(model.now + model.wake_delay(), lambda: reader.resume(None))


def cpu_bound(t):
    m = t.model
    yield from m.take(t)
    while True:
        yield ("spin",)
        yield from m.drop(t)
        yield from m.take(t)


def send_and_recv(t, out, back, python, syscall):
    """One ``sendall`` then one ``recv``, each letting go of the lock around its system call."""
    m = t.model
    yield ("run", python)
    yield from m.drop(t)
    yield ("run", syscall)
    send(m, out)
    yield from m.take(t)
    yield ("run", python)
    yield from m.drop(t)
    yield ("recv", back)
    yield from m.take(t)


def client(to_echo, from_echo):
    def body(t):
        m = t.model
        yield from m.take(t)
        while True:
            start = m.now
            yield from send_and_recv(t, to_echo, from_echo, m.args.python, m.args.syscall)
            m.trips.append((m.now - start) / m.args.interval)
            m.log("---- round trip: %.2f intervals" % m.trips[-1])
    return body


def echo(to_echo, from_echo):
    def body(t):
        m = t.model
        yield ("recv", to_echo)
        yield from m.take(t)
        while True:
            yield from send_and_recv(t, from_echo, to_echo, m.args.python, m.args.syscall)
    return body


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rules", choices=("cpython", "kaa", "kaa-11", "kaa-no-switch-queue"), default="cpython")
    parser.add_argument("--cpu-threads", type=int, default=2)
    parser.add_argument("--interval", type=float, default=5000, help="the switch interval, µs")
    parser.add_argument("--wake", type=float, nargs=2, default=(5, 50), metavar=("MIN", "MAX"),
                        help="a woken thread runs after a delay drawn evenly from MIN to MAX µs")
    parser.add_argument("--syscall", type=float, default=10, help="a send's system call, µs")
    parser.add_argument("--python", type=float, default=3, help="Python code between two system calls, µs")
    parser.add_argument("--breaker", type=float, default=1, help="how soon a CPU-bound holder sees a request, µs")
    parser.add_argument("--seconds", type=float, default=60, help="simulated time")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--log", action="store_true", help="print every take and drop request")
    args = parser.parse_args()
    model = Model(args)
    to_echo, from_echo = {"bytes": 0, "reader": None}, {"bytes": 0, "reader": None}
    Thread(model, "E", echo(to_echo, from_echo)).resume(None)
    model.run(1)
    Thread(model, "M", client(to_echo, from_echo)).resume(None)
    for i in range(args.cpu_threads):
        Thread(model, "C%d" % i, cpu_bound).resume(None)
    model.run(args.seconds * 1e6)
    trips = model.trips[len(model.trips) // 10:]  # past the start
    print("model rules=%s cpu_threads=%d wake=%g-%g %s median_iv=%.2f mean_iv=%.2f" % (
        args.rules, args.cpu_threads, args.wake[0], args.wake[1], summary(trips),
        sorted(trips)[len(trips) // 2], sum(trips) / len(trips)))


if __name__ == "__main__":
    main()
