#!/usr/bin/env bash
# Whole-process speed, Kaa vs CPython 3.12, on the programs in bench/programs (each prints a checksum).
# For each program the two interpreters alternate RUNS times (wall time of the whole process, start-up included);
# medians, the Kaa/CPython ratio per program and the geometric mean of the ratios are printed. A program whose output
# differs from CPython's is reported as such and left out of the mean. Start-up alone (-c pass, measured the same way)
# is printed on its own line, outside the mean. The launcher's class cache is made ready before anything is timed.
#   bench/run.sh [RUNS] [NAME-FILTER]        (default 5 runs, every program)
set -u
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../scripts/env.sh" || exit 1
kaa_find_jdk || exit 1
PY="$(kaa_find_python312 || true)"
[ -n "$PY" ] || { echo "bench/run.sh: CPython 3.12 not found; nothing to compare with"; exit 0; }
RUNS="${1:-5}" FILTER="${2:-}"
cd "$KAA_ROOT"
kaa_build_if_needed || exit 1
./kaa -c pass || exit 1            # JDK 21-24: records the class-data archive
kaa_record_aot_cache --wait        # JDK 25+: the AOT cache, recorded now rather than by a timed run
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Milliseconds of one run of "$@", its stdout to $work/out; empty when it failed.
timed() {
  local start end
  start=$(date +%s%N)
  "$@" > "$work/out" 2> "$work/err" || { echo ""; return; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

printf '%-20s %10s %10s %8s\n' program kaa_ms cpython_ms ratio
: > "$work/kaa" ; : > "$work/py"
for _ in $(seq "$RUNS"); do
  timed ./kaa -c pass >> "$work/kaa"
  timed "$PY" -c pass >> "$work/py"
done
k=$(median < "$work/kaa"); p=$(median < "$work/py")
printf '%-20s %10s %10s %8s  (start-up alone, not in the mean)\n' "-c pass" "$k" "$p" \
  "$(awk -v k="$k" -v p="$p" 'BEGIN {printf "%.2f", k / p}')"
for prog in bench/programs/*.py; do
  name="$(basename "$prog" .py)"
  [ -z "$FILTER" ] || [[ "$name" == *"$FILTER"* ]] || continue
  "$PY" "$prog" > "$work/expected" 2>/dev/null
  : > "$work/kaa" ; : > "$work/py"
  status=ok
  for _ in $(seq "$RUNS"); do
    t=$(timed ./kaa "$prog")
    if [ -z "$t" ] || ! cmp -s "$work/out" "$work/expected"; then status="fails"; break; fi
    echo "$t" >> "$work/kaa"
    timed "$PY" "$prog" >> "$work/py"
  done
  if [ "$status" != ok ]; then
    why="$(head -c 120 "$work/err" | tr '\n' ' ')"
    printf '%-20s %10s %10s %8s  (%s)\n' "$name" - "$(timed "$PY" "$prog")" - "wrong output or error: $why"
    continue
  fi
  k=$(median < "$work/kaa"); p=$(median < "$work/py")
  ratio=$(awk -v k="$k" -v p="$p" 'BEGIN {printf "%.2f", k / p}')
  echo "$ratio" >> "$work/ratios"
  printf '%-20s %10s %10s %8s\n' "$name" "$k" "$p" "$ratio"
done
if [ -s "$work/ratios" ]; then
  awk '{s += log($1); n++} END {printf "geometric mean of Kaa/CPython over %d programs: %.2f\n", n, exp(s / n)}' "$work/ratios"
fi
