package dev.kaa.objects.typing;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code typing.Generic}, the base PEP 695 gives {@code class C[T]} (SUBSCRIPT_GENERIC makes {@code Generic[T]}, whose
 * {@code __mro_entries__} puts Generic among the bases). Subscripting it or a subclass makes a {@link PyGenericAlias};
 * a subclass learns its {@code __parameters__} from its {@code __orig_bases__}: Generic[...]'s when there, else the
 * other aliases' in order.
 */
public final class PyGeneric {
  private PyGeneric() {}

  /**
   * Typing defines Generic in Python, so it is a heap type here too: its instances are plain objects, and its
   * {@code __module__} is typing.
   */
  public static final PyType TYPE = new PyType("Generic", PyType.HEAPTYPE | PyType.BASETYPE, PyGeneric.class,
      PyType.OBJECT);

  static {
    Attributes.set(TYPE, "__module__", new PyStr("typing"));
  }

  /** The SUBSCRIPT_GENERIC intrinsic: {@code Generic[params]}. */
  public static PyObject subscript(PyObject params) { return classGetItem(TYPE, params); }

  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS)
  public static PyObject classGetItem(PyType cls, PyObject params) {
    if (TypingHelpers.get("_generic_class_getitem") != null) {
      return TypingHelpers.call("_generic_class_getitem", cls, params);
    }
    PyTuple args = params instanceof PyTuple t ? t : PyTuple.wrap(new PyObject[] {params});
    return new PyGenericAlias(cls, args);
  }

  @PyMethod(value = "__init_subclass__", kind = PyMethod.Kind.CLASS)
  public static void initSubclass(PyType cls, @PyMethod.KwArgs PyDict kwargs) {
    PyObject typing = TypingHelpers.get("_generic_init_subclass");
    if (typing != null) {
      Abstract.callWithKeywords(typing, new PyObject[] {cls}, kwargs == null ? new PyDict() : kwargs);
      return;
    }
    PyObject orig = cls.dictGet("__orig_bases__");
    List<PyObject> params = new ArrayList<>();
    if (orig instanceof PyTuple bases) {
      for (int i = 0; i < bases.size(); i++) {
        if (bases.get(i) instanceof PyGenericAlias a) a.collectParameters(params);
      }
      for (int i = 0; i < bases.size(); i++) {
        if (bases.get(i) instanceof PyGenericAlias a && a.isGenericItself()) {
          params.clear();  // Generic[...] lists the parameters in their order
          a.collectParameters(params);
        }
      }
    }
    Attributes.set(cls, "__parameters__", PyTuple.wrap(params.toArray(new PyObject[0])));
  }
}
