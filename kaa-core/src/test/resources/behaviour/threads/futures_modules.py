# concurrent.futures' thread pool through the modules it imports: concurrent.futures.process and
# multiprocessing.connection import _multiprocessing (where Kaa cannot make native calls, its is that of a platform
# without named semaphores, where a process pool raises NotImplementedError), which must not stop a thread pool.
import _multiprocessing
import multiprocessing.connection
import concurrent.futures.process
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

print(type(_multiprocessing.flags).__name__)
with ThreadPoolExecutor(3, thread_name_prefix="pool") as ex:
    print(list(ex.map(abs, range(-4, 4))))
    futures = [ex.submit(pow, 2, n) for n in range(6)]
    print(sorted(f.result() for f in as_completed(futures)))
    done, not_done = wait(futures)
    print(len(done), len(not_done))
try:
    concurrent.futures.process._check_system_limits()
    usable = True
except NotImplementedError as e:
    usable = "named semaphores" in str(e)
print("process pools usable or refused with the reason:", usable)
