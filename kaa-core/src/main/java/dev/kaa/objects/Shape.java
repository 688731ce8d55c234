package dev.kaa.objects;

/**
 * The attribute names of an instance of a Python class, in the order they were set: the instance keeps only the
 * values, in an array indexed as the names here (docs/classes.md, "Instance layout"). Instances that gain the same
 * names in the same order share one shape, so an attribute cache that knows the shape knows the slot: a hit is a
 * compare and an array load. Shapes form a tree per class: the empty root, and for each shape one child per name
 * added next (CPython 3.12 shares one keys table per class and keeps each instance's order beside its values; a tree
 * of immutable shapes says both at once).
 *
 * <p>A shape never changes once made; only its list of children grows (under a lock, published through a volatile
 * field). An instance whose layout would leave what a shape can say — an attribute deleted, more than
 * {@link #MAX_ATTRIBUTES} names, a class with more than {@link #MAX_SHAPES} shapes — moves its attributes into a dict
 * of its own, as does one whose {@code __dict__} is asked for.
 */
public final class Shape {
  /** CPython's limit for a class's shared keys. */
  static final int MAX_ATTRIBUTES = 30;
  /** Shapes per class, beyond which new layouts take dicts (names made at run time would grow the tree forever). */
  static final int MAX_SHAPES = 256;

  /** The names, slot by slot: the keys of the instance's {@code __dict__} when it is made, in order. */
  private final PyStr[] keys;
  /** The class's tree: how many shapes it has, how many values its instances hold at most. */
  private final Tree tree;
  /** Children: null, one Shape, or a Shape[] (replaced whole when a child is added). */
  private volatile Object children;

  /** What the shapes of one class share. */
  private static final class Tree {
    int shapes = 1;
    /** The most attributes an instance of the class has had: what a new instance's value array starts with. */
    volatile int widest;
  }

  private Shape(PyStr[] keys, Tree tree) {
    this.keys = keys;
    this.tree = tree;
  }

  /** The empty shape of a new class's instances. */
  static Shape root() { return new Shape(new PyStr[0], new Tree()); }

  /** How many attributes instances of this shape have. */
  public int size() { return keys.length; }

  /** The name of slot {@code i}. */
  PyStr key(int i) { return keys[i]; }

  /** The slot of attribute {@code name}, or -1. */
  public int indexOf(String name) {
    PyStr[] ks = keys;
    for (int i = ks.length - 1; i >= 0; i--) {
      if (ks[i].value.equals(name)) return i;
    }
    return -1;
  }

  /** How many values a new instance of the class should have room for. */
  int widest() { return tree.widest; }

  /**
   * The shape of an instance of this shape that gains {@code name} (not in this shape); null when that would leave
   * the limits (the instance then takes a dict).
   */
  public Shape with(String name) {
    Shape c = child(children, name);
    return c != null ? c : addChild(name);
  }

  private static Shape child(Object children, String name) {
    if (children instanceof Shape s) return s.lastKeyIs(name) ? s : null;
    if (children instanceof Shape[] all) {
      for (Shape s : all) if (s.lastKeyIs(name)) return s;
    }
    return null;
  }

  private boolean lastKeyIs(String name) { return keys[keys.length - 1].value.equals(name); }

  private Shape addChild(String name) {
    synchronized (tree) {
      Object now = children;
      Shape c = child(now, name);
      if (c != null) return c;
      if (keys.length >= MAX_ATTRIBUTES || tree.shapes >= MAX_SHAPES) return null;
      PyStr[] ks = java.util.Arrays.copyOf(keys, keys.length + 1);
      ks[keys.length] = Attributes.key(name);
      c = new Shape(ks, tree);
      tree.shapes++;
      if (ks.length > tree.widest) tree.widest = ks.length;
      if (now == null) {
        children = c;
      } else if (now instanceof Shape one) {
        children = new Shape[] {one, c};
      } else {
        Shape[] all = (Shape[]) now;
        Shape[] more = java.util.Arrays.copyOf(all, all.length + 1);
        more[all.length] = c;
        children = more;
      }
      return c;
    }
  }

  @Override public String toString() { return "Shape" + java.util.Arrays.toString(keys); }
}
