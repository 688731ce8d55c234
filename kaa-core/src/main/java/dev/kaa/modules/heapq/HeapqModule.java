package dev.kaa.modules.heapq;

import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The {@code _heapq} module: binary min-heaps (and the max-heap helpers heapq.merge uses) kept in a plain list,
 * comparing with {@code <} only and in the same order as CPython's sift loops, so heaps built from equal keys end up
 * laid out identically. A comparison may run Python code that changes the list: the size is checked after each one.
 */
public final class HeapqModule {
  private HeapqModule() {}

  private static final String DOC = "Heap queue algorithm (a.k.a. priority queue).";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule("_heapq", new PyStr(DOC), interp);
    m.addFunctions(HeapqModule.class);
    m.put("__about__", new PyStr("Heap queues"));
    return m;
  }

  /** The list argument of a one-argument function, with that form's wording of the error. */
  private static PyList onlyArgument(String function, PyObject heap) {
    if (heap instanceof PyList l) return l;
    throw Errors.typeError("%s() argument must be list, not %s", function, heap.type().name());
  }

  /** {@code a < b}, or {@code b < a} for a max-heap. */
  private static boolean less(PyObject a, PyObject b, boolean max) {
    return max ? LessThan.test(b, a) : LessThan.test(a, b);
  }

  private static void checkSize(PyList heap, int size) {
    if (heap.size() != size) throw Errors.of(ExceptionTypes.RuntimeError, "list changed size during iteration");
  }

  /** Moves the item at {@code pos} up towards {@code start} while it is smaller than its parent. */
  private static void siftDown(PyList heap, int start, int pos, boolean max) {
    int size = heap.size();
    while (pos > start) {
      int parentPos = (pos - 1) >> 1;
      boolean smaller = less(heap.get(pos), heap.get(parentPos), max);
      checkSize(heap, size);
      if (!smaller) break;
      PyObject parent = heap.get(parentPos);
      heap.set(parentPos, heap.get(pos));
      heap.set(pos, parent);
      pos = parentPos;
    }
  }

  /** Moves the smaller child up from {@code pos} to a leaf, then sifts the item there back into place. */
  private static void siftUp(PyList heap, int pos, boolean max) {
    int end = heap.size();
    int start = pos;
    int limit = end >> 1;
    while (pos < limit) {
      int child = 2 * pos + 1;
      if (child + 1 < end) {
        boolean leftSmaller = less(heap.get(child), heap.get(child + 1), max);
        checkSize(heap, end);
        if (!leftSmaller) child++;
      }
      PyObject t = heap.get(child);
      heap.set(child, heap.get(pos));
      heap.set(pos, t);
      pos = child;
    }
    siftDown(heap, start, pos, max);
  }

  @PyMethod(doc = "Push item onto heap, maintaining the heap invariant.")
  static void heappush(PyModule m, PyList h, PyObject item) {
    h.add(item);
    siftDown(h, 0, h.size() - 1, false);
  }

  private static PyObject pop(PyList h, boolean max) {
    PyObject last = h.removeLast();
    if (last == null) throw Errors.indexError("index out of range");
    if (h.size() == 0) return last;
    PyObject top = h.get(0);
    h.set(0, last);
    siftUp(h, 0, max);
    return top;
  }

  @PyMethod(doc = "Pop the smallest item off the heap, maintaining the heap invariant.")
  static PyObject heappop(PyModule m, PyObject h) { return pop(onlyArgument("heappop", h), false); }

  @PyMethod(value = "_heappop_max", doc = "Maxheap variant of heappop.")
  static PyObject heappopMax(PyModule m, PyObject h) { return pop(onlyArgument("_heappop_max", h), true); }

  private static PyObject replace(PyList h, PyObject item, boolean max) {
    if (h.size() == 0) throw Errors.indexError("index out of range");
    PyObject top = h.get(0);
    h.set(0, item);
    siftUp(h, 0, max);
    return top;
  }

  @PyMethod(doc = "Pop and return the current smallest value, and add the new item.")
  static PyObject heapreplace(PyModule m, PyList h, PyObject item) { return replace(h, item, false); }

  @PyMethod(value = "_heapreplace_max", doc = "Maxheap variant of heapreplace.")
  static PyObject heapreplaceMax(PyModule m, PyList h, PyObject item) { return replace(h, item, true); }

  @PyMethod(doc = "Push item on the heap, then pop and return the smallest item from the heap.")
  static PyObject heappushpop(PyModule m, PyList h, PyObject item) {
    if (h.size() == 0) return item;
    PyObject top = h.get(0);
    if (!less(top, item, false)) return item;
    if (h.size() == 0) throw Errors.indexError("index out of range");
    top = h.get(0);
    h.set(0, item);
    siftUp(h, 0, false);
    return top;
  }

  private static void heapify(PyList h, boolean max) {
    for (int i = h.size() / 2 - 1; i >= 0; i--) siftUp(h, i, max);
  }

  @PyMethod(doc = "Transform list into a heap, in-place, in O(len(heap)) time.")
  static void heapify(PyModule m, PyObject h) { heapify(onlyArgument("heapify", h), false); }

  @PyMethod(value = "_heapify_max", doc = "Maxheap variant of heapify.")
  static void heapifyMax(PyModule m, PyObject h) { heapify(onlyArgument("_heapify_max", h), true); }
}
