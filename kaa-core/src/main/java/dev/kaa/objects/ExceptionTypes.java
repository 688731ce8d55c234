package dev.kaa.objects;

/**
 * The built-in exception classes, declared once in bootstrap order (each after its bases), with CPython 3.12's
 * hierarchy. They are immutable and shared by all interpreters. A class whose instances have fields or methods of its
 * own names the Java class declaring them; the others inherit everything.
 */
public final class ExceptionTypes {
  private ExceptionTypes() {}

  private static final int BUILTIN = PyType.IMMUTABLE | PyType.BASETYPE;

  public static final PyType BaseException = new PyType("BaseException", BUILTIN, PyBaseException.class, PyType.OBJECT);

  static {
    BaseException.instanceDict = true;  // before any subclass copies it: exceptions have a __dict__ (CPython's layout)
  }
  public static final PyType BaseExceptionGroup = new PyType("BaseExceptionGroup", BUILTIN,
      PyBaseExceptionGroup.class, BaseException);
  public static final PyType Exception = new PyType("Exception", BaseException);
  public static final PyType GeneratorExit = new PyType("GeneratorExit", BaseException);
  public static final PyType KeyboardInterrupt = new PyType("KeyboardInterrupt", BaseException);
  public static final PyType SystemExit = new PyType("SystemExit", BUILTIN, PySystemExit.class, BaseException);
  public static final PyType ExceptionGroup = new PyType("ExceptionGroup", BaseExceptionGroup, Exception);
  public static final PyType ArithmeticError = new PyType("ArithmeticError", Exception);
  public static final PyType FloatingPointError = new PyType("FloatingPointError", ArithmeticError);
  public static final PyType OverflowError = new PyType("OverflowError", ArithmeticError);
  public static final PyType ZeroDivisionError = new PyType("ZeroDivisionError", ArithmeticError);
  public static final PyType AssertionError = new PyType("AssertionError", Exception);
  public static final PyType AttributeError = new PyType("AttributeError", BUILTIN, PyAttributeError.class, Exception);
  public static final PyType BufferError = new PyType("BufferError", Exception);
  public static final PyType EOFError = new PyType("EOFError", Exception);
  public static final PyType ImportError = new PyType("ImportError", BUILTIN, PyImportError.class, Exception);
  public static final PyType ModuleNotFoundError = new PyType("ModuleNotFoundError", ImportError);
  public static final PyType LookupError = new PyType("LookupError", Exception);
  public static final PyType IndexError = new PyType("IndexError", LookupError);
  public static final PyType KeyError = new PyType("KeyError", BUILTIN, KeyErrorMethods.class, LookupError);
  public static final PyType MemoryError = new PyType("MemoryError", Exception);
  public static final PyType NameError = new PyType("NameError", BUILTIN, PyNameError.class, Exception);
  public static final PyType UnboundLocalError = new PyType("UnboundLocalError", NameError);
  public static final PyType OSError = new PyType("OSError", BUILTIN, PyOSError.class, Exception);
  public static final PyType BlockingIOError = new PyType("BlockingIOError", OSError);
  public static final PyType ChildProcessError = new PyType("ChildProcessError", OSError);
  public static final PyType ConnectionError = new PyType("ConnectionError", OSError);
  public static final PyType BrokenPipeError = new PyType("BrokenPipeError", ConnectionError);
  public static final PyType ConnectionAbortedError = new PyType("ConnectionAbortedError", ConnectionError);
  public static final PyType ConnectionRefusedError = new PyType("ConnectionRefusedError", ConnectionError);
  public static final PyType ConnectionResetError = new PyType("ConnectionResetError", ConnectionError);
  public static final PyType FileExistsError = new PyType("FileExistsError", OSError);
  public static final PyType FileNotFoundError = new PyType("FileNotFoundError", OSError);
  public static final PyType InterruptedError = new PyType("InterruptedError", OSError);
  public static final PyType IsADirectoryError = new PyType("IsADirectoryError", OSError);
  public static final PyType NotADirectoryError = new PyType("NotADirectoryError", OSError);
  public static final PyType PermissionError = new PyType("PermissionError", OSError);
  public static final PyType ProcessLookupError = new PyType("ProcessLookupError", OSError);
  public static final PyType TimeoutError = new PyType("TimeoutError", OSError);
  public static final PyType ReferenceError = new PyType("ReferenceError", Exception);
  public static final PyType RuntimeError = new PyType("RuntimeError", Exception);
  public static final PyType NotImplementedError = new PyType("NotImplementedError", RuntimeError);
  public static final PyType RecursionError = new PyType("RecursionError", RuntimeError);
  public static final PyType StopAsyncIteration = new PyType("StopAsyncIteration", Exception);
  public static final PyType StopIteration = new PyType("StopIteration", BUILTIN, PyStopIteration.class, Exception);
  public static final PyType SyntaxError = new PyType("SyntaxError", BUILTIN, PySyntaxError.class, Exception);
  public static final PyType IndentationError = new PyType("IndentationError", SyntaxError);
  public static final PyType TabError = new PyType("TabError", IndentationError);
  public static final PyType SystemError = new PyType("SystemError", Exception);
  public static final PyType TypeError = new PyType("TypeError", Exception);
  public static final PyType ValueError = new PyType("ValueError", Exception);
  public static final PyType UnicodeError = new PyType("UnicodeError", ValueError);
  public static final PyType UnicodeDecodeError = new PyType("UnicodeDecodeError", BUILTIN, PyUnicodeError.class, UnicodeError);
  public static final PyType UnicodeEncodeError = new PyType("UnicodeEncodeError", BUILTIN, PyUnicodeError.class, UnicodeError);
  public static final PyType UnicodeTranslateError = new PyType("UnicodeTranslateError", BUILTIN, PyUnicodeError.class, UnicodeError);
  public static final PyType Warning = new PyType("Warning", Exception);
  public static final PyType BytesWarning = new PyType("BytesWarning", Warning);
  public static final PyType DeprecationWarning = new PyType("DeprecationWarning", Warning);
  public static final PyType EncodingWarning = new PyType("EncodingWarning", Warning);
  public static final PyType FutureWarning = new PyType("FutureWarning", Warning);
  public static final PyType ImportWarning = new PyType("ImportWarning", Warning);
  public static final PyType PendingDeprecationWarning = new PyType("PendingDeprecationWarning", Warning);
  public static final PyType ResourceWarning = new PyType("ResourceWarning", Warning);
  public static final PyType RuntimeWarning = new PyType("RuntimeWarning", Warning);
  public static final PyType SyntaxWarning = new PyType("SyntaxWarning", Warning);
  public static final PyType UnicodeWarning = new PyType("UnicodeWarning", Warning);
  public static final PyType UserWarning = new PyType("UserWarning", Warning);

  /** Every built-in exception class, in bootstrap order (for the builtins module). */
  public static final java.util.List<PyType> ALL = java.util.List.of(
      BaseException, BaseExceptionGroup, Exception, GeneratorExit, KeyboardInterrupt, SystemExit,
      ExceptionGroup, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError,
      AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError,
      IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
      BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
      ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError,
      PermissionError, ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError,
      RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError,
      SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
      UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning,
      ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning,
      UserWarning);
}
