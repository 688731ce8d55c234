"""heapq as a priority queue and scheduler; bisect for grading and sorted inserts."""
import heapq
import bisect

tasks = [(3, "write docs"), (1, "fix bug"), (4, "refactor"), (2, "review"), (1, "deploy")]
heap = []
for t in tasks:
    heapq.heappush(heap, t)
print([heapq.heappop(heap) for _ in range(len(heap))])
nums = [5, 7, 9, 1, 3, 8, 2]
heapq.heapify(nums)
print(nums[0], heapq.nsmallest(3, nums), heapq.nlargest(2, nums), heapq.nlargest(2, tasks, key=lambda t: t[1]))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5, 9], 7))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)))

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print(sorted_list, bisect.bisect_left(sorted_list, 5), bisect.bisect_right(sorted_list, 5))
people = [("ann", 25), ("bob", 31), ("cy", 40)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dee", 35), key=lambda p: p[1])
print(people)
