package dev.kaa.modules.mmap;

import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyInt;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * {@code mmap}: {@link PyMmap} over a file's region or anonymous memory (docs/c-modules.md). Linux's constants.
 */
public final class MmapModule {
  private MmapModule() {}

  public static final String NAME = "mmap";

  static final int ACCESS_DEFAULT = 0, ACCESS_READ = 1, ACCESS_WRITE = 2, ACCESS_COPY = 3;
  static final int MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_ANONYMOUS = 0x20;
  static final int PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4;
  /** Linux's page size, which offsets must be a multiple of. */
  static final int PAGESIZE = 4096;
  static final int[] MADVISE = {0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 100};

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, null, interp);
    m.put("mmap", PyMmap.TYPE);
    m.put("error", ExceptionTypes.OSError);
    Object[][] constants = {
        {"ACCESS_COPY", ACCESS_COPY}, {"ACCESS_DEFAULT", ACCESS_DEFAULT}, {"ACCESS_READ", ACCESS_READ},
        {"ACCESS_WRITE", ACCESS_WRITE}, {"ALLOCATIONGRANULARITY", PAGESIZE}, {"MADV_DODUMP", 17},
        {"MADV_DOFORK", 11}, {"MADV_DONTDUMP", 16}, {"MADV_DONTFORK", 10}, {"MADV_DONTNEED", 4}, {"MADV_FREE", 8},
        {"MADV_HUGEPAGE", 14}, {"MADV_HWPOISON", 100}, {"MADV_MERGEABLE", 12}, {"MADV_NOHUGEPAGE", 15},
        {"MADV_NORMAL", 0}, {"MADV_RANDOM", 1}, {"MADV_REMOVE", 9}, {"MADV_SEQUENTIAL", 2},
        {"MADV_UNMERGEABLE", 13}, {"MADV_WILLNEED", 3}, {"MAP_ANON", MAP_ANONYMOUS},
        {"MAP_ANONYMOUS", MAP_ANONYMOUS}, {"MAP_DENYWRITE", 2048}, {"MAP_EXECUTABLE", 4096},
        {"MAP_POPULATE", 32768}, {"MAP_PRIVATE", MAP_PRIVATE}, {"MAP_SHARED", MAP_SHARED}, {"MAP_STACK", 131072},
        {"PAGESIZE", PAGESIZE}, {"PROT_EXEC", PROT_EXEC}, {"PROT_READ", PROT_READ}, {"PROT_WRITE", PROT_WRITE}};
    for (Object[] c : constants) m.put((String) c[0], PyInt.of((Integer) c[1]));
    return m;
  }
}
