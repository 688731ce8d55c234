# sys.thread_info: a lock that signals interrupt is a semaphore's; the thread library has a version
import sys
print(sys.thread_info.name, sys.thread_info.lock, bool(sys.thread_info.version), len(sys.thread_info))
