"""contextvars (ContextVar, copy_context, Context.run, tokens) and queue's single-thread classes."""
import contextvars
import queue

request_id = contextvars.ContextVar("request_id", default="none")
print(request_id.get(), request_id.name)
token = request_id.set("r-1")
print(request_id.get())
ctx = contextvars.copy_context()
def handler(new):
    request_id.set(new)
    return request_id.get()
print(ctx.run(handler, "r-2"), request_id.get(), ctx[request_id], request_id in ctx, len(ctx) >= 1)
request_id.reset(token)
print(request_id.get())
try:
    request_id.reset(token)
except RuntimeError as e:
    print("RuntimeError:", type(e).__name__, str(e).endswith("has already been used once"))
empty = contextvars.ContextVar("empty")
try:
    empty.get()
except LookupError as e:
    print("LookupError:", e.args[0] is empty)
print(empty.get("fallback"), repr(token.var.name), token.old_value is contextvars.Token.MISSING)
pq = queue.PriorityQueue()
for p, job in [(2, "write"), (1, "read"), (3, "close")]:
    pq.put((p, job))
print([pq.get()[1] for _ in range(3)], pq.empty())
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)])
fq = queue.Queue(maxsize=1)
fq.put("x")
try:
    fq.put("y", block=False)
except queue.Full:
    print("full", fq.qsize(), fq.full())
sq = queue.SimpleQueue()
sq.put(1); sq.put(2)
print(sq.get(), sq.qsize())
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")
