package dev.kaa.modules.csv;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/** The {@code _csv} module csv.py requires: reader, writer, Dialect, the dialect registry and field_size_limit. */
public final class CsvModule {
  private CsvModule() {}

  public static final String NAME = "_csv";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("CSV parsing and writing."), interp);
    m.addFunctions(CsvModule.class);
    m.put("Dialect", PyDialect.TYPE);
    m.put("Error", CsvState.current().error);
    m.put("Reader", PyCsvReader.TYPE);
    m.put("Writer", PyCsvWriter.TYPE);
    m.put("_dialects", CsvState.current().dialects);
    m.put("__version__", new PyStr("1.0"));
    String[] quoting = {"QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS",
        "QUOTE_NOTNULL"};
    for (int i = 0; i < quoting.length; i++) m.put(quoting[i], PyInt.of(i));
    return m;
  }

  @PyMethod(positionalOnly = 1) static PyObject reader(PyModule self, PyObject csvfile, @PyMethod.Opt PyObject dialect,
      @PyMethod.KwArgs PyDict fmtparams) {
    PyObject it = Abstract.iter(csvfile);
    return new PyCsvReader(it, PyDialect.of(PyDialect.TYPE, dialect, fmtparams));
  }

  @PyMethod(positionalOnly = 1) static PyObject writer(PyModule self, PyObject fileobj, @PyMethod.Opt PyObject dialect,
      @PyMethod.KwArgs PyDict fmtparams) {
    PyObject write = Abstract.getAttrOrNull(fileobj, "write");
    if (write == null) throw Errors.typeError("argument 1 must have a \"write\" method");
    return new PyCsvWriter(write, PyDialect.of(PyDialect.TYPE, dialect, fmtparams));
  }

  @PyMethod("register_dialect") static void registerDialect(PyModule self, PyObject name,
      @PyMethod.Opt PyObject dialect, @PyMethod.KwArgs PyDict fmtparams) {
    if (!(name instanceof PyStr)) throw Errors.typeError("dialect name must be a string");
    CsvState.current().dialects.put(name, PyDialect.of(PyDialect.TYPE, dialect, fmtparams));
  }

  @PyMethod("unregister_dialect") static void unregisterDialect(PyModule self, PyObject name) {
    CsvState state = CsvState.current();
    if (state.dialects.get(name) == null) throw state.error("unknown dialect");
    state.dialects.remove(name);
  }

  @PyMethod("get_dialect") static PyObject getDialect(PyModule self, PyObject name) {
    return CsvState.current().get(name);
  }

  @PyMethod("list_dialects") static PyObject listDialects(PyModule self) {
    PyList names = new PyList();
    CsvState.current().dialects.forEach((k, v) -> names.add(k));
    return names;
  }

  @PyMethod(value = "field_size_limit", positionalOnly = 0)
  static PyObject fieldSizeLimit(PyModule self, @PyMethod.Opt PyObject new_limit) {
    CsvState state = CsvState.current();
    long old = state.fieldLimit;
    if (new_limit != null) {
      if (!(new_limit instanceof PyInt)) throw Errors.typeError("limit must be an integer");
      state.fieldLimit = Abstract.indexValue(new_limit);
    }
    return PyInt.of(old);
  }
}
