#!/usr/bin/env bash
# Import speed (issue 5): `kaa -c "import json, re, collections, dataclasses, typing, asyncio"` with a warm .pyc cache
# beside python3.12 on the same command (the real binary, not pyenv's shim), and `-c pass` of each as the start-up
# baseline. The commands alternate RUNS times; medians of wall time and of CPU time (user + system, all threads).
#   bench/import_speed.sh [RUNS] [MODULES]     (default 11 runs; MODULES: a comma-separated list to import instead)
set -u
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../scripts/env.sh" || exit 1
kaa_find_jdk || exit 1
PY="$(kaa_find_python312)" || { echo "bench/import_speed.sh: python3.12 not found" >&2; exit 1; }
PY="$("$PY" -c 'import sys; print(sys.executable)')"   # past pyenv's shim, which is a script
RUNS="${1:-11}" MODULES="${2:-json, re, collections, dataclasses, typing, asyncio}"
unset PYTHONDONTWRITEBYTECODE  # the warm cache is what is measured
cd "$KAA_ROOT"
kaa_build_if_needed || exit 1
code="import $MODULES"
# warm: both caches written (and the launcher's class cache recorded) before anything is timed
./kaa -c "$code" || exit 1
kaa_record_aot_cache --wait 2>/dev/null || true
"$PY" -c "$code" || exit 1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
names=(kaa_import python_import kaa_pass python_pass)
commands=("./kaa -c ${code@Q}" "${PY@Q} -c ${code@Q}" "./kaa -c pass" "${PY@Q} -c pass")

run() {
  local TIMEFORMAT='%3R %3U %3S'
  { time eval "${commands[$1]}" > /dev/null 2> "$work/err" ; } 2> "$work/time" || return 1
  read -r real user sys < "$work/time"
  awk -v r="$real" 'BEGIN {printf "%d\n", r * 1000}' >> "$work/wall.$1"
  awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d\n", (u + s) * 1000}' >> "$work/cpu.$1"
}

median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for _ in $(seq "$RUNS"); do
  for i in "${!commands[@]}"; do
    run "$i" || { echo "bench/import_speed.sh: failed: ${commands[$i]}"; cat "$work/err"; exit 1; }
  done
done
for kind in wall cpu; do
  printf '%s time (ms), medians of %d runs:\n' "$kind" "$RUNS"
  for i in "${!names[@]}"; do printf '  %-14s %8s\n' "${names[$i]}" "$(median "$work/$kind.$i")"; done
  ki=$(median "$work/$kind.0") pi=$(median "$work/$kind.1") kp=$(median "$work/$kind.2") pp=$(median "$work/$kind.3")
  awk -v ki="$ki" -v pi="$pi" -v kp="$kp" -v pp="$pp" \
    'BEGIN {printf "  kaa/python: import %.2fx, pass %.2fx, import minus pass %.2fx\n", ki / pi, kp / pp, (ki - kp) / (pi - pp > 0 ? pi - pp : 1)}'
done
echo "(command: -c \"$code\"; python: $PY)"
