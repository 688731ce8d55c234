# Sourced by ./kaa, ./run-tests and .ci/run: finds a JDK 21+ and knows how to build Kaa.
# Sets KAA_ROOT, KAA_JAVA_HOME, KAA_JAVA_MAJOR; defines kaa_build_if_needed and the JVM command line (KAA_JVM).
# Fails with a clear message when no JDK 21+ is found.

# The repository root; without a fork when this file's path is absolute and plain, as the launcher's is (each fork
# costs every ./kaa start a few milliseconds).
if [[ "${BASH_SOURCE[0]}" == /*/scripts/env.sh && "${BASH_SOURCE[0]}" != *//* && "${BASH_SOURCE[0]}" != */./*
      && "${BASH_SOURCE[0]}" != */../* ]]; then
  KAA_ROOT="${BASH_SOURCE[0]%/scripts/env.sh}"
else
  KAA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fi

# The major version of the JDK at $1 (a JAVA_HOME), or 0 when it is not a JDK. Read with shell built-ins only: the
# launcher runs this for every candidate JDK at every start, and a fork per check cost ./kaa a quarter of a second.
kaa_jdk_major_into() {
  local _home="$1" _line _major=""
  if [ -x "$_home/bin/java" ] && [ -x "$_home/bin/javac" ]; then
    if [ -r "$_home/release" ]; then
      while IFS= read -r _line; do
        if [[ "$_line" =~ ^JAVA_VERSION=\"([0-9]+) ]]; then _major="${BASH_REMATCH[1]}"; break; fi
      done < "$_home/release"
    fi
    if [ -z "$_major" ]; then
      _major=$("$_home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
    fi
  fi
  printf -v "$2" '%s' "${_major:-0}"
}

kaa_find_jdk() {
  local best="" best_v=0 d v tried=""
  if [ -n "${KAA_JAVA_HOME:-}" ]; then
    kaa_jdk_major_into "$KAA_JAVA_HOME" v
    if [ "$v" -ge 21 ]; then KAA_JAVA_MAJOR="$v"; return 0; fi
  fi
  if [ -n "${JAVA_HOME:-}" ]; then
    kaa_jdk_major_into "$JAVA_HOME" v
    if [ "$v" -ge 21 ]; then KAA_JAVA_HOME="$JAVA_HOME"; KAA_JAVA_MAJOR="$v"; return 0; fi
  fi
  for d in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$d" ] || continue
    kaa_jdk_major_into "$d" v
    tried="$tried $d($v)"
    if [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  # The javac on the PATH only when the usual places have no JDK 21+ (finding its home costs several forks).
  if [ "$best_v" -lt 21 ] && command -v javac >/dev/null 2>&1; then
    d="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    kaa_jdk_major_into "$d" v
    tried="$tried $d($v)"
    if [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  fi
  if [ "$best_v" -ge 21 ]; then KAA_JAVA_HOME="$best"; KAA_JAVA_MAJOR="$best_v"; return 0; fi
  echo "kaa: no JDK 21 or newer found. Set JAVA_HOME to one. Looked at: JAVA_HOME='${JAVA_HOME:-}'${tried}" >&2
  return 1
}

# Maven's own JVM options: on JDK 24+ Maven's bundled Guava prints a sun.misc.Unsafe deprecation warning at every
# start; this flag (unknown to older JDKs, so only passed to 24+) silences it.
kaa_maven_opts() {
  local opts="${MAVEN_OPTS:-}"
  if [ "$KAA_JAVA_MAJOR" -ge 24 ]; then opts="$opts --sun-misc-unsafe-memory-access=allow"; fi
  echo "$opts"
}

KAA_CLI_JAR="$KAA_ROOT/kaa-cli/target/kaa-cli.jar"
KAA_CORE_JAR="$KAA_ROOT/kaa-core/target/kaa-core.jar"

# Whether a pom, or a file or directory under the main sources or the annotation processor's (a directory changes when
# a file is added or removed), is newer than the jar. With the shell's own globbing and tests: running find cost every
# start a fork and an exec (~5 ms on a quiet machine, 20 and more on a loaded one).
kaa_jars_stale() {
  [ ! -f "$KAA_CLI_JAR" ] || [ ! -f "$KAA_CORE_JAR" ] && return 0
  local _f _o _unset="" _stale=1
  for _o in globstar dotglob nullglob; do shopt -q "$_o" || _unset="$_unset $_o"; done
  shopt -s globstar dotglob nullglob
  for _f in "$KAA_ROOT/pom.xml" "$KAA_ROOT/kaa-core/pom.xml" "$KAA_ROOT/kaa-cli/pom.xml" \
            "$KAA_ROOT"/kaa-core/src/{main,processor}{,/**} "$KAA_ROOT"/kaa-cli/src/main{,/**}; do
    if [ "$_f" -nt "$KAA_CORE_JAR" ]; then _stale=0; break; fi
  done
  [ -z "$_unset" ] || shopt -u $_unset
  return "$_stale"
}

# Build the jars when they are missing or older than any source, pom or resource file. Two kaa commands started at
# once on a stale tree must not run two Maven builds in one target directory: the build holds a lock, and whoever
# waited re-checks before building again.
kaa_build_if_needed() {
  kaa_jars_stale || return 0
  command -v mvn >/dev/null 2>&1 || { echo "kaa: Maven (mvn) is needed to build Kaa" >&2; return 1; }
  (
    if command -v flock >/dev/null 2>&1; then
      exec 8>"$KAA_ROOT/.kaa-build.lock"
      flock 8
    fi
    kaa_jars_stale || exit 0
    echo "kaa: building (mvn package)..." >&2
    # Maven's output is kept out of the program's streams; shown only when the build fails.
    log="$(mktemp)"
    if ! (cd "$KAA_ROOT" && JAVA_HOME="$KAA_JAVA_HOME" MAVEN_OPTS="$(kaa_maven_opts)" \
          mvn -q -B -DskipTests package > "$log" 2>&1); then
      cat "$log" >&2; rm -f "$log"
      echo "kaa: build failed" >&2; exit 1
    fi
    rm -f "$log"
    touch "$KAA_CORE_JAR" "$KAA_CLI_JAR"
  )
}

# The JVM command that runs Kaa: KAA_JVM, the JVM with its options (more may follow), then KAA_MAIN, Kaa's jar and the
# program's arguments after it: the launcher's, and the AOT cache's training run's, which must match it
# (docs/performance.md). Call after kaa_find_jdk.
# KAA_JVM_FLAGS: the JVM options alone (bench/startup.sh gives them to a Java hello world too).
# KAA_MAIN is `-jar kaa-cli.jar`, not a class path and a main class: that jar's manifest names the class path and grants
# Kaa native calls (multiprocessing's child processes and semaphores, docs/multiprocessing.md) and a socket's system
# descriptor (--add-exports java.base/sun.nio.ch); given as JVM options, those grants turn off the archived module graph
# of the JDK's class-data archive and cost every start ~100 ms.
# -XX:CompileThresholdScaling=3: the JVM compiles a method after 3x the usual invocations and loops. Kaa's start-up
# (importlib, site) runs enough of the interpreter to make ~1,100 methods hot for C1 and ~120 for C2, work a short
# run never recoups; and later, fuller profiles meant fewer recompiles of the eval loop. Measured (session 7, load
# ~25, CPU medians): -c pass 1526 -> 1062 ms, the bench programs 20-30% less CPU and wall time (docs/performance.md).
# -Djdk.reflect.useNativeAccessorOnly=true: core reflection calls through the VM instead of spinning a method handle
# adapter per method; built-ins' first calls go through reflection (BuiltinFunction, docs/performance.md).
# -XX:+UseTransparentHugePages, when the kernel offers them (its setting "madvise" or "always"; the JVM would print a
# warning otherwise): the heap in 2 MB pages. The first store into each 4 KB page of memory the process has never
# touched costs a page fault, 10-17 us of the storing thread's CPU on this virtual machine, and a program walks all of
# eden (~100 MB) before its first collection: `-c pass` took ~10,300 faults (a Java hello world ~4,700), the bench
# programs ~60,000. In 2 MB pages eden is 50 faults: `-c pass` -10% CPU, dict_str.py / list_ops.py -16% / -23% CPU
# (session 12, docs/performance.md); cpu_threads.py's workers ran at 150 ns an iteration instead of 5.5 for their first
# 2 million iterations (docs/free-threading.md).
kaa_jvm_command() {
  KAA_JVM_FLAGS=(-XX:+UseSerialGC -XX:-UsePerfData -XX:CompileThresholdScaling=3 -Djdk.reflect.useNativeAccessorOnly=true
                 -Xlog:cds=off -Xlog:cds+dynamic=off)
  if read -r KAA_THP < /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null &&
     [[ "$KAA_THP" == *"[madvise]"* || "$KAA_THP" == *"[always]"* ]]; then
    KAA_JVM_FLAGS+=(-XX:+UseTransparentHugePages)
  fi
  [ "$KAA_JAVA_MAJOR" -lt 25 ] || KAA_JVM_FLAGS+=(-Xlog:aot=off)
  KAA_JVM=("$KAA_JAVA_HOME/bin/java" "${KAA_JVM_FLAGS[@]}")
  KAA_MAIN=(-jar "$KAA_CLI_JAR")
}

# Whether the arguments or the environment ask for a free-threaded run (-X gil=off or gil=0 before the program,
# PYTHON_GIL=0). The launcher then adds KAA_FREE_THREADED_FLAGS (docs/free-threading.md):
# -XX:+UseCondCardMark: the JVM marks a card of its card table (one byte per 512 bytes of heap, a cache line of them
# per 32 KB) only when it is not marked yet. Marked at every store of a reference, the line is written by both threads
# of a free-threaded program that store into objects near each other (their thread states at each call, their
# long-running frames at each local variable): a call cost 2.5x the CPU while the other thread ran. Under a GIL only
# one thread runs Python: the default, which saves a load per store, stays.
# -XX:CICompilerCount=3 -XX:-UseDynamicNumberOfCompilerThreads: two C2 threads from the start (a 2-core machine gets
# one, and the dynamic count did not add the second in time). C2's compile of Eval.loop takes 0.5-3 s; a thread's hot
# loop that became a Kaa-compiled class meanwhile waited behind it in C1's profiling code, whose counters both threads
# write: bench/gil/cpu_threads.py's workers took 20-28 ns an iteration instead of 15.
# -XX:MaxTenuringThreshold=2: an object that survives two young collections moves to the old generation (CPython's
# collector, too, calls an object old after it survived two collections), not after fifteen. The ~6 MB the start-up
# leaves (modules, code, dicts) were copied by each of the first 15 young collections: 0.1 s of the VM thread's CPU in
# cpu_threads.py's window, a pause that stops both workers, so it lowers the 2-thread ratio directly.
# -Xmn (the young generation) a sixteenth of the machine's memory, at most 512 MB (the JVM's own choice here is ~125 MB):
# each young collection stops every thread, and after it the workers run with caches the collector cleared; two
# threads allocating fill eden twice as fast, so with the default size a call cost the workers 10-15% more CPU with
# two threads running than with one (bench/gil/free_threads.py, both thread counts alternating in one process); with
# 512 MB, 3-4%, and one thread's calls 10% less (session 14, docs/free-threading.md). The price is memory: a program
# that allocates touches up to that much eden before its first collection. Only here, where parallel throughput is
# what was asked for.
KAA_FREE_THREADED_FLAGS=(-XX:+UseCondCardMark -XX:CICompilerCount=3 -XX:-UseDynamicNumberOfCompilerThreads
                         -XX:MaxTenuringThreshold=2)
kaa_free_threaded_young() {
  local key kb _
  # a heap or young generation the user sized through KAA_JAVA_OPTS is theirs (and -Xmn over -Xmx would warn)
  [[ " ${KAA_JAVA_OPTS:-} " == *" -Xm"[xn]* || " ${KAA_JAVA_OPTS:-} " == *"NewSize"* ]] && return 0
  while read -r key kb _; do
    if [ "$key" = MemTotal: ]; then
      kb=$(( kb / 16 / 1024 ))
      [ "$kb" -gt 512 ] && kb=512
      [ "$kb" -ge 32 ] && KAA_FREE_THREADED_FLAGS+=(-Xmn${kb}m)
      return 0
    fi
  done 2>/dev/null < /proc/meminfo
  return 0
}
kaa_free_threaded() {
  [ "${PYTHON_GIL:-}" = 0 ] && return 0
  while [ $# -gt 0 ]; do
    case "$1" in
      -X) [ "${2:-}" = gil=off ] || [ "${2:-}" = gil=0 ] && return 0; shift ;;
      -Xgil=off|-Xgil=0) return 0 ;;
      -W|--check-hash-based-pycs) shift ;;
      -c|-m|-|--|[!-]*) return 1 ;;
    esac
    shift
  done
  return 1
}

# JDK 25+'s ahead-of-time cache (JEP 483; docs/performance.md): the classes a training run of bench/train.py loaded,
# already parsed, verified and linked. Used once newer than kaa-core.jar.
KAA_AOT_CACHE="$KAA_ROOT/kaa-core/target/kaa.aot"

# Records the AOT cache (JDK 25+), unless it is fresh, another process is recording it (with --wait: waits for that
# one instead), or recording failed twice for this build (kaa.aot.failed newer than the jar and saying 2: not retried
# at every start, yet a failure of a loaded moment, such as the time limit, is tried once more). kaa.aot.failed keeps
# the number of failures and the end of the failed step's output, to say why. The cache is written to a private
# file and renamed into place, so that a run never sees half a cache. Needs flock; returns at once when it is absent.
kaa_record_aot_cache() {
  [ "$KAA_JAVA_MAJOR" -ge 25 ] && command -v flock >/dev/null 2>&1 || return 0
  local wait=-n
  [ "${1:-}" = --wait ] && wait=
  (
    exec 7>"$KAA_AOT_CACHE.lock"
    flock $wait 7 || exit 0
    [ "$KAA_AOT_CACHE" -nt "$KAA_CORE_JAR" ] && exit 0
    failed="$KAA_AOT_CACHE.failed" failures=0
    if [ "$failed" -nt "$KAA_CORE_JAR" ]; then read -r failures < "$failed"; fi
    [ "${failures:-0}" -ge 2 ] 2>/dev/null && exit 0
    tmp="$(mktemp "$KAA_AOT_CACHE.XXXXXX")" || exit 0
    trap 'rm -f "$tmp" "$tmp.conf" "$tmp.log"' EXIT
    limit=(); command -v timeout >/dev/null 2>&1 && limit=(timeout 300)
    kaa_jvm_command
    # Not the training run's method profiles: for an interpreter loop they describe the training program, not the
    # user's, and replaying them made the bench programs 20-70% slower (docs/performance.md).
    no_profiles=(-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining)
    if "${limit[@]}" "${KAA_JVM[@]}" "${no_profiles[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$tmp.conf" \
         "${KAA_MAIN[@]}" "$KAA_ROOT/bench/train.py" </dev/null >"$tmp.log" 2>&1 &&
       "${limit[@]}" "${KAA_JVM[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$tmp.conf" -XX:AOTCache="$tmp" \
         -cp "$KAA_CLI_JAR" \
         </dev/null >"$tmp.log" 2>&1 && [ -s "$tmp" ]; then
      # a jar rebuilt while we trained makes the cache stale from birth: drop it, the next run records again
      [ "$KAA_CORE_JAR" -nt "$tmp.conf" ] || mv -f "$tmp" "$KAA_AOT_CACHE"
    else
      status=$?
      { echo $(( ${failures:-0} + 1 )); echo "exit status $status; the failed step's output ends:"; tail -n 20 "$tmp.log"
      } > "$failed"
    fi
  )
}

# kaa_record_aot_cache in a detached process: the run that finds the cache missing does not wait for it. The process
# keeps no descriptor of ours (a caller waiting for our output, or holding a lock on an inherited descriptor, is not
# kept waiting) and has its own session (a time limit that kills our process group spares it).
kaa_record_aot_cache_in_background() {
  command -v flock >/dev/null 2>&1 && command -v setsid >/dev/null 2>&1 || return 0
  (
    for fd in /proc/$BASHPID/fd/*; do
      fd="${fd##*/}"
      [ "$fd" -gt 2 ] 2>/dev/null && eval "exec $fd>&-"
    done
    exec setsid bash -c 'source "$1/scripts/env.sh" && kaa_find_jdk && kaa_record_aot_cache' kaa "$KAA_ROOT" \
      </dev/null >/dev/null 2>&1
  ) &
}

# CPython 3.12, the oracle: its real binary (not a version-manager shim), or empty when absent.
kaa_find_python312() {
  local p
  for p in "${KAA_PYTHON312:-}" "$(PYENV_VERSION=3.12.1 python3.12 -c 'import sys; print(sys.executable)' 2>/dev/null)" \
           "$(python3.12 -c 'import sys; print(sys.executable)' 2>/dev/null)" \
           "$HOME"/.pyenv/versions/3.12*/bin/python3.12 /usr/bin/python3.12 /usr/local/bin/python3.12; do
    if [ -n "$p" ] && [ -x "$p" ] && "$p" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null; then
      echo "$p"; return 0
    fi
  done
  return 1
}
