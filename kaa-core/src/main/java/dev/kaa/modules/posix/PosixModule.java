package dev.kaa.modules.posix;

import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.util.Map;

/**
 * The {@code posix} module, which {@code os} re-exports: descriptors ({@link FdFunctions}), paths and directories,
 * the environment, the process. Names, constants and messages as CPython 3.12's on Linux; what the JVM cannot do
 * (fork, exec) is left out, and {@code _have_functions} says exactly which {@code dir_fd}/{@code follow_symlinks}
 * forms work, as {@code os.supports_dir_fd} reads it.
 */
public final class PosixModule {
  private PosixModule() {}

  public static final String NAME = "posix";

  private static final String DOC = "This module provides access to operating system functionality that is\n"
      + "standardized by the C Standard and the POSIX standard (a thinly\n"
      + "disguised Unix interface).  Refer to the library manual and\n"
      + "corresponding Unix manual entries for more information on calls.";

  /** Linux's integer constants as CPython's posix module has them: "NAME=value" words. */
  private static final String[] CONSTANTS = {
      "CLD_CONTINUED=6 CLD_DUMPED=3 CLD_EXITED=1 CLD_KILLED=2 CLD_STOPPED=5 CLD_TRAPPED=4 CLONE_FILES=1024",
      "CLONE_FS=512 CLONE_NEWCGROUP=33554432 CLONE_NEWIPC=134217728 CLONE_NEWNET=1073741824",
      "CLONE_NEWNS=131072 CLONE_NEWPID=536870912 CLONE_NEWTIME=128 CLONE_NEWUSER=268435456",
      "CLONE_NEWUTS=67108864 CLONE_SIGHAND=2048 CLONE_SYSVSEM=262144 CLONE_THREAD=65536 CLONE_VM=256",
      "EFD_CLOEXEC=524288 EFD_NONBLOCK=2048 EFD_SEMAPHORE=1 EX_CANTCREAT=73 EX_CONFIG=78 EX_DATAERR=65",
      "EX_IOERR=74 EX_NOHOST=68 EX_NOINPUT=66 EX_NOPERM=77 EX_NOUSER=67 EX_OK=0 EX_OSERR=71 EX_OSFILE=72",
      "EX_PROTOCOL=76 EX_SOFTWARE=70 EX_TEMPFAIL=75 EX_UNAVAILABLE=69 EX_USAGE=64 F_LOCK=1 F_OK=0 F_TEST=3",
      "F_TLOCK=2 F_ULOCK=0 GRND_NONBLOCK=1 GRND_RANDOM=2 MFD_ALLOW_SEALING=2 MFD_CLOEXEC=1 MFD_HUGETLB=4",
      "MFD_HUGE_16GB=2281701376 MFD_HUGE_16MB=1610612736 MFD_HUGE_1GB=2013265920 MFD_HUGE_1MB=1342177280",
      "MFD_HUGE_256MB=1879048192 MFD_HUGE_2GB=2080374784 MFD_HUGE_2MB=1409286144 MFD_HUGE_32MB=1677721600",
      "MFD_HUGE_512KB=1275068416 MFD_HUGE_512MB=1946157056 MFD_HUGE_64KB=1073741824 MFD_HUGE_8MB=1543503872",
      "MFD_HUGE_MASK=63 MFD_HUGE_SHIFT=26 NGROUPS_MAX=65536 O_ACCMODE=3 O_APPEND=1024 O_ASYNC=8192",
      "O_CLOEXEC=524288 O_CREAT=64 O_DIRECT=16384 O_DIRECTORY=65536 O_DSYNC=4096 O_EXCL=128 O_FSYNC=1052672",
      "O_LARGEFILE=0 O_NDELAY=2048 O_NOATIME=262144 O_NOCTTY=256 O_NOFOLLOW=131072 O_NONBLOCK=2048",
      "O_PATH=2097152 O_RDONLY=0 O_RDWR=2 O_RSYNC=1052672 O_SYNC=1052672 O_TMPFILE=4259840 O_TRUNC=512",
      "O_WRONLY=1 POSIX_FADV_DONTNEED=4 POSIX_FADV_NOREUSE=5 POSIX_FADV_NORMAL=0 POSIX_FADV_RANDOM=1",
      "POSIX_FADV_SEQUENTIAL=2 POSIX_FADV_WILLNEED=3 POSIX_SPAWN_CLOSE=1 POSIX_SPAWN_DUP2=2",
      "POSIX_SPAWN_OPEN=0 PRIO_PGRP=1 PRIO_PROCESS=0 PRIO_USER=2 P_ALL=0 P_PGID=2 P_PID=1 P_PIDFD=3",
      "RTLD_DEEPBIND=8 RTLD_GLOBAL=256 RTLD_LAZY=1 RTLD_LOCAL=0 RTLD_NODELETE=4096 RTLD_NOLOAD=4 RTLD_NOW=2",
      "RWF_APPEND=16 RWF_DSYNC=2 RWF_HIPRI=1 RWF_NOWAIT=8 RWF_SYNC=4 R_OK=4 SCHED_BATCH=3 SCHED_FIFO=1",
      "SCHED_IDLE=5 SCHED_OTHER=0 SCHED_RESET_ON_FORK=1073741824 SCHED_RR=2 SEEK_DATA=3 SEEK_HOLE=4",
      "SPLICE_F_MORE=4 SPLICE_F_MOVE=1 SPLICE_F_NONBLOCK=2 ST_APPEND=256 ST_MANDLOCK=64 ST_NOATIME=1024",
      "ST_NODEV=4 ST_NODIRATIME=2048 ST_NOEXEC=8 ST_NOSUID=2 ST_RDONLY=1 ST_RELATIME=4096 ST_SYNCHRONOUS=16",
      "ST_WRITE=128 TMP_MAX=238328 WCONTINUED=8 WEXITED=4 WNOHANG=1 WNOWAIT=16777216 WSTOPPED=2 WUNTRACED=2",
      "W_OK=2 XATTR_CREATE=1 XATTR_REPLACE=2 XATTR_SIZE_MAX=65536 X_OK=1"  };

  /** The optional forms of functions that work here, as {@code os.supports_dir_fd} and friends read them. */
  private static final String[] HAVE_FUNCTIONS = {"HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT",
      "HAVE_FCHOWN", "HAVE_FCHOWNAT", "HAVE_FSTATAT", "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LCHOWN", "HAVE_LINKAT",
      "HAVE_LSTAT", "HAVE_LUTIMES", "HAVE_MKDIRAT", "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT",
      "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT", "HAVE_FDOPENDIR"};

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr(DOC), interp);
    m.addFunctions(FdFunctions.class);
    m.addFunctions(PathFunctions.class);
    m.addFunctions(FileFunctions.class);
    m.addFunctions(SystemFunctions.class);
    m.addFunctions(ProcessFunctions.class);
    for (String row : CONSTANTS) {
      for (String word : row.split(" ")) {
        int eq = word.indexOf('=');
        m.put(word.substring(0, eq), PyInt.of(Long.parseLong(word.substring(eq + 1))));
      }
    }
    PyList have = new PyList();
    for (String h : HAVE_FUNCTIONS) have.add(new PyStr(h));
    m.put("_have_functions", have);
    m.put("error", ExceptionTypes.OSError);
    m.put("stat_result", StatResults.TYPE);
    m.put("uname_result", SystemFunctions.UNAME_RESULT);
    m.put("times_result", SystemFunctions.TIMES_RESULT);
    m.put("terminal_size", SystemFunctions.TERMINAL_SIZE);
    m.put("DirEntry", DirEntry.TYPE);
    m.put("sysconf_names", SystemFunctions.names(ConfNames.SYSCONF_NAMES));
    m.put("confstr_names", SystemFunctions.names(ConfNames.CONFSTR_NAMES));
    m.put("pathconf_names", SystemFunctions.names(ConfNames.PATHCONF_NAMES));
    m.put("environ", environ());
    return m;
  }

  /**
   * {@code posix.environ}: the environment the process started with, bytes to bytes, less the descriptors a Kaa
   * parent named for Kaa alone ({@link NativeFile#INHERITED}).
   */
  private static PyDict environ() {
    PyDict d = new PyDict();
    for (Map.Entry<String, String> e : System.getenv().entrySet()) {
      if (e.getKey().equals(NativeFile.INHERITED)) continue;
      d.put(new PyBytes(PathArg.encode(e.getKey())), new PyBytes(PathArg.encode(e.getValue())));
    }
    return d;
  }
}
