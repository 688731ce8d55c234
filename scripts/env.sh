# Sourced by ./kaa, ./run-tests and .ci/run: finds a JDK 21+ and knows how to build Kaa.
# Sets KAA_ROOT, KAA_JAVA_HOME; defines kaa_build_if_needed. Fails with a clear message when no JDK 21+ is found.

KAA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The major version of the JDK at $1 (a JAVA_HOME), or 0 when it is not a JDK.
kaa_jdk_major() {
  local home="$1" v
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || { echo 0; return; }
  if [ -r "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  echo "${v:-0}"
}

kaa_find_jdk() {
  if [ -n "${KAA_JAVA_HOME:-}" ] && [ "$(kaa_jdk_major "$KAA_JAVA_HOME")" -ge 21 ]; then return 0; fi
  if [ -n "${JAVA_HOME:-}" ] && [ "$(kaa_jdk_major "$JAVA_HOME")" -ge 21 ]; then
    KAA_JAVA_HOME="$JAVA_HOME"; return 0
  fi
  local best="" best_v=0 d v tried=""
  for d in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
           "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    [ -d "$d" ] || continue
    v=$(kaa_jdk_major "$d")
    tried="$tried $d($v)"
    if [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  if [ "$best_v" -ge 21 ]; then KAA_JAVA_HOME="$best"; return 0; fi
  echo "kaa: no JDK 21 or newer found. Set JAVA_HOME to one. Looked at: JAVA_HOME='${JAVA_HOME:-}'${tried}" >&2
  return 1
}

# Maven's own JVM options: on JDK 24+ Maven's bundled Guava prints a sun.misc.Unsafe deprecation warning at every
# start; this flag (unknown to older JDKs, so only passed to 24+) silences it.
kaa_maven_opts() {
  local opts="${MAVEN_OPTS:-}"
  if [ "$(kaa_jdk_major "$KAA_JAVA_HOME")" -ge 24 ]; then opts="$opts --sun-misc-unsafe-memory-access=allow"; fi
  echo "$opts"
}

KAA_CLI_JAR="$KAA_ROOT/kaa-cli/target/kaa-cli.jar"
KAA_CORE_JAR="$KAA_ROOT/kaa-core/target/kaa-core.jar"

kaa_jars_stale() {
  [ ! -f "$KAA_CLI_JAR" ] || [ ! -f "$KAA_CORE_JAR" ] && return 0
  [ -n "$(find "$KAA_ROOT/pom.xml" "$KAA_ROOT/kaa-core/pom.xml" "$KAA_ROOT/kaa-cli/pom.xml" \
             "$KAA_ROOT/kaa-core/src/main" "$KAA_ROOT/kaa-cli/src/main" -newer "$KAA_CORE_JAR" -print -quit 2>/dev/null)" ]
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
    touch "$KAA_CORE_JAR"
  )
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
