package dev.kaa.runtime;

import dev.kaa.modules.gc.GcModule;
import dev.kaa.modules.thread.ThreadModule;
import dev.kaa.modules.warnings.WarningsModule;
import dev.kaa.modules.weakref.WeakrefModule;
import java.util.List;

/**
 * The modules built into Kaa beyond {@code sys} and {@code builtins}, made when first imported (CPython's
 * {@code sys.builtin_module_names}): the importer looks here before {@code sys.path}, as CPython's
 * {@code BuiltinImporter} comes first. A switch rather than a map of factories, so that start-up links only the
 * modules a program imports. Adding a module: one name in {@link #NAMES} (any order: it is sorted) and one case in {@link #create}.
 */
public final class BuiltinModules {
  private BuiltinModules() {}

  /** Every built-in module's name, sorted, as {@code sys.builtin_module_names} lists them. */
  public static final List<String> NAMES = sorted(
      "_abc",
      "_ast",
      "_bisect",
      "_codecs",
      "_collections",
      "_contextvars",
      "_csv",
      "_functools",
      "_heapq",
      dev.kaa.modules.hash.HashlibModule.NAME,
      dev.kaa.modules.imp.ImpModule.NAME,
      "_io",
      KaaBytecodeModule.NAME,
      KaaPycModule.NAME,
      "_blake2",
      "_md5",
      "_random",
      "_sha1",
      "_sha2",
      "_sha3",
      "_operator",
      dev.kaa.modules.locale.LocaleModule.NAME,
      dev.kaa.modules.opcode.OpcodeModule.NAME,
      dev.kaa.modules.pickle.PickleModule.NAME,
      "_multiprocessing",
      dev.kaa.modules.multiprocessing.PosixShmemModule.NAME,
      "_queue",
      "_posixsubprocess",
      "_signal",
      "_socket",
      dev.kaa.modules.posix.StatModule.NAME,
      "_string",
      dev.kaa.modules.testcapi.TestCapiModule.NAME,
      dev.kaa.modules.testcapi.TestInternalCapiModule.NAME,
      "_tokenize",
      "_typing",
      dev.kaa.modules.sre.SreModule.NAME,
      "_struct",
      ThreadModule.NAME,
      WarningsModule.NAME,
      WeakrefModule.NAME,
      "binascii",
      dev.kaa.modules.array.ArrayModule.NAME,
      dev.kaa.modules.json.JsonModule.NAME,
      dev.kaa.modules.lsprof.LsprofModule.NAME,
      dev.kaa.modules.fcntl.FcntlModule.NAME,
      dev.kaa.modules.resource.ResourceModule.NAME,
      dev.kaa.modules.mmap.MmapModule.NAME,
      dev.kaa.modules.bz2.Bz2Module.NAME,
      dev.kaa.modules.lzma.LzmaModule.NAME,
      dev.kaa.modules.unicodedata.UnicodedataModule.NAME,
      dev.kaa.modules.cmath.CmathModule.NAME,
      dev.kaa.modules.atexit.AtexitModule.NAME,
      "builtins",
      "errno",
      dev.kaa.modules.faulthandler.FaulthandlerModule.NAME,
      GcModule.NAME,
      "grp",
      "itertools",
      "marshal",
      dev.kaa.modules.math.MathModule.NAME,
      "posix",
      dev.kaa.modules.pyexpat.PyexpatModule.NAME,
      "pwd",
      "select",
      "sys",
      "time",
      "zlib");

  private static List<String> sorted(String... names) { return java.util.Arrays.stream(names).sorted().toList(); }

  /** A new instance of the built-in module {@code name} for {@code interp}, or null when there is none. */
  public static PyModule create(String name, Interpreter interp) {
    return switch (name) {
      case "_abc" -> dev.kaa.modules.abc.AbcModule.create(interp);
      case "_bisect" -> dev.kaa.modules.bisect.BisectModule.create(interp);
      case "_collections" -> dev.kaa.modules.collections.CollectionsModule.create(interp);
      case "_contextvars" -> dev.kaa.modules.contextvars.ContextvarsModule.create(interp);
      case "_functools" -> dev.kaa.modules.functools.FunctoolsModule.create(interp);
      case "_heapq" -> dev.kaa.modules.heapq.HeapqModule.create(interp);
      case "_queue" -> dev.kaa.modules.queue.QueueModule.create(interp);
      case "_multiprocessing" -> dev.kaa.modules.multiprocessing.MultiprocessingModule.create(interp);
      case dev.kaa.modules.multiprocessing.PosixShmemModule.NAME ->
          dev.kaa.modules.multiprocessing.PosixShmemModule.create(interp);
      case "_operator" -> dev.kaa.modules.operator.OperatorModule.create(interp);
      case dev.kaa.modules.locale.LocaleModule.NAME -> dev.kaa.modules.locale.LocaleModule.create(interp);
      case dev.kaa.modules.opcode.OpcodeModule.NAME -> dev.kaa.modules.opcode.OpcodeModule.create(interp);
      case dev.kaa.modules.pickle.PickleModule.NAME -> dev.kaa.modules.pickle.PickleModule.create(interp);
      case "itertools" -> dev.kaa.modules.itertools.ItertoolsModule.create(interp);
      case GcModule.NAME -> GcModule.create(interp);
      case "_io" -> dev.kaa.modules.io.IoModule.create(interp);
      case "_codecs" -> dev.kaa.modules.codecs.CodecsModule.create(interp);
      case "_ast" -> dev.kaa.modules.ast.AstModule.create(interp);
      case "_string" -> dev.kaa.modules.string.StringModule.create(interp);
      case dev.kaa.modules.testcapi.TestCapiModule.NAME -> dev.kaa.modules.testcapi.TestCapiModule.create(interp);
      case dev.kaa.modules.testcapi.TestInternalCapiModule.NAME ->
          dev.kaa.modules.testcapi.TestInternalCapiModule.create(interp);
      case "_tokenize" -> dev.kaa.modules.tokenize.TokenizeModule.create(interp);
      case "_typing" -> dev.kaa.modules.typing.TypingModule.create(interp);
      case "_socket" -> dev.kaa.modules.socket.SocketModule.create(interp);
      case dev.kaa.modules.atexit.AtexitModule.NAME -> dev.kaa.modules.atexit.AtexitModule.create(interp);
      case "marshal" -> MarshalModule.create(interp);
      case "math" -> dev.kaa.modules.math.MathModule.create(interp);
      case dev.kaa.modules.faulthandler.FaulthandlerModule.NAME -> dev.kaa.modules.faulthandler.FaulthandlerModule.create(interp);
      case "errno" -> dev.kaa.modules.posix.ErrnoModule.create(interp);
      case "grp" -> dev.kaa.modules.posix.GrpModule.create(interp);
      case "posix" -> dev.kaa.modules.posix.PosixModule.create(interp);
      case "_posixsubprocess" -> dev.kaa.modules.posix.ForkExec.create(interp);
      case dev.kaa.modules.posix.StatModule.NAME -> dev.kaa.modules.posix.StatModule.create(interp);
      case "_signal" -> dev.kaa.modules.posix.SignalModule.create(interp);
      case "select" -> dev.kaa.modules.posix.SelectModule.create(interp);
      case "pwd" -> dev.kaa.modules.posix.PwdModule.create(interp);
      case "time" -> dev.kaa.modules.posix.time.TimeModule.create(interp);
      case KaaBytecodeModule.NAME -> KaaBytecodeModule.create(interp);
      case KaaPycModule.NAME -> KaaPycModule.create(interp);
      case dev.kaa.modules.imp.ImpModule.NAME -> dev.kaa.modules.imp.ImpModule.create(interp);
      case dev.kaa.modules.sre.SreModule.NAME -> dev.kaa.modules.sre.SreModule.create(interp);
      case ThreadModule.NAME -> ThreadModule.create(interp);
      case WarningsModule.NAME -> WarningsModule.create(interp);
      case WeakrefModule.NAME -> WeakrefModule.create(interp);
      case "_csv" -> dev.kaa.modules.csv.CsvModule.create(interp);
      case dev.kaa.modules.hash.HashlibModule.NAME -> dev.kaa.modules.hash.HashlibModule.create(interp);
      case "_md5", "_sha1", "_sha2", "_sha3", "_blake2" -> dev.kaa.modules.hash.HashModules.create(name, interp);
      case "_random" -> dev.kaa.modules.random.RandomModule.create(interp);
      case "_struct" -> dev.kaa.modules.struct.StructModule.create(interp);
      case dev.kaa.modules.array.ArrayModule.NAME -> dev.kaa.modules.array.ArrayModule.create(interp);
      case dev.kaa.modules.json.JsonModule.NAME -> dev.kaa.modules.json.JsonModule.create(interp);
      case dev.kaa.modules.unicodedata.UnicodedataModule.NAME -> dev.kaa.modules.unicodedata.UnicodedataModule.create(interp);
      case dev.kaa.modules.cmath.CmathModule.NAME -> dev.kaa.modules.cmath.CmathModule.create(interp);
      case "binascii" -> dev.kaa.modules.binascii.BinasciiModule.create(interp);
      case "zlib" -> dev.kaa.modules.zlib.ZlibModule.create(interp);
      case dev.kaa.modules.lsprof.LsprofModule.NAME -> dev.kaa.modules.lsprof.LsprofModule.create(interp);
      case dev.kaa.modules.fcntl.FcntlModule.NAME -> dev.kaa.modules.fcntl.FcntlModule.create(interp);
      case dev.kaa.modules.resource.ResourceModule.NAME -> dev.kaa.modules.resource.ResourceModule.create(interp);
      case dev.kaa.modules.mmap.MmapModule.NAME -> dev.kaa.modules.mmap.MmapModule.create(interp);
      case dev.kaa.modules.bz2.Bz2Module.NAME -> dev.kaa.modules.bz2.Bz2Module.create(interp);
      case dev.kaa.modules.lzma.LzmaModule.NAME -> dev.kaa.modules.lzma.LzmaModule.create(interp);
      case dev.kaa.modules.pyexpat.PyexpatModule.NAME -> dev.kaa.modules.pyexpat.PyexpatModule.create(interp);
      default -> null;
    };
  }
}
