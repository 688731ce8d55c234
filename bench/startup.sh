#!/usr/bin/env bash
# Start-up: `./kaa -c pass` beside `python3.12 -c pass` and a minimal Java hello world on Kaa's JDK, run with Kaa's JVM
# flags and plainly (issue 4's target: Kaa at most 2.5x the hello world). The commands alternate RUNS times; medians of
# wall time and of CPU time (user + system, all threads); ratios against each hello world.
# The CPython column is left out when python3.12 is absent. The launcher's class cache is made ready first.
#   bench/startup.sh [RUNS] [-- EXTRA KAA ARGS]   (default 20 runs; e.g. `bench/startup.sh 20 -- -c 'import os'`)
set -u
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../scripts/env.sh" || exit 1
kaa_find_jdk || exit 1
RUNS=20
[ $# -gt 0 ] && [ "$1" != -- ] && { RUNS="$1"; shift; }
[ "${1:-}" = -- ] && shift
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(-c pass)
cd "$KAA_ROOT"
kaa_build_if_needed || exit 1
./kaa -c pass || exit 1            # JDK 21-24: records the class-data archive
kaa_record_aot_cache --wait        # JDK 25+: the AOT cache, recorded now rather than by a timed run
kaa_jvm_command
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/Hello.java"
"$KAA_JAVA_HOME/bin/javac" -d "$work" "$work/Hello.java" || exit 1
java="$KAA_JAVA_HOME/bin/java"

names=(kaa) commands=("./kaa ${args[*]@Q}")
PY="$(kaa_find_python312 || true)"
if [ -n "$PY" ]; then names+=(python3.12); commands+=("${PY@Q} ${args[*]@Q}"); fi
names+=(hello_kaa_flags hello_plain)
commands+=("${java@Q} ${KAA_JVM_FLAGS[*]@Q} -cp ${work@Q} Hello" "${java@Q} -cp ${work@Q} Hello")
# One run of command $1 (an index): wall and CPU (user + system, all threads) milliseconds, appended to $work/wall.$1
# and $work/cpu.$1. Bash's own `time`: no process is added to the one measured.
run() {
  local TIMEFORMAT='%3R %3U %3S' t
  { time eval "${commands[$1]}" > /dev/null 2> "$work/err" ; } 2> "$work/time" || return 1
  read -r real user sys < "$work/time"
  awk -v r="$real" 'BEGIN {printf "%d\n", r * 1000}' >> "$work/wall.$1"
  awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d\n", (u + s) * 1000}' >> "$work/cpu.$1"
}

median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for _ in $(seq "$RUNS"); do
  for i in "${!commands[@]}"; do
    run "$i" || { echo "bench/startup.sh: failed: ${commands[$i]}"; cat "$work/err"; exit 1; }
  done
done

last=$(( ${#names[@]} - 1 ))
for kind in wall cpu; do
  hk=$(median "$work/$kind.$(( last - 1 ))") hp=$(median "$work/$kind.$last")
  printf '%s time, medians of %d runs:\n' "$kind" "$RUNS"
  printf '  %-16s %8s %14s %12s\n' command ms x_hello_flags x_hello_plain
  for i in "${!names[@]}"; do
    m=$(median "$work/$kind.$i")
    printf '  %-16s %8s %14s %12s\n' "${names[$i]}" "$m" \
      "$(awk -v m="$m" -v h="$hk" 'BEGIN {printf "%.2f", m / h}')" "$(awk -v m="$m" -v h="$hp" 'BEGIN {printf "%.2f", m / h}')"
  done
done
echo "(kaa: ./kaa ${args[*]}; hello_kaa_flags: java ${KAA_JVM_FLAGS[*]}; hello_plain: java, no flags)"
