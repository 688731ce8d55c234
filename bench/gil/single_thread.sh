#!/usr/bin/env bash
# What the GIL costs a program that runs one thread: issue 6's "single-threaded benchmarks lose no more than 3% to
# the GIL checks", measured against `-X gil=off`. Each of bench/programs/*.py (one thread each), and bench (a)'s loop
# in one worker thread (cpu_threads.py 1), runs under three set-ups in turn, RUNS times:
#   cpython     -X gil=cpython, as a user runs it
#   cpython+ft  -X gil=cpython with the JVM options the launcher gives `off` (KAA_FREE_THREADED_FLAGS: a second C2
#               thread, conditional card marks, a large young generation; scripts/env.sh), so that the only
#               difference left from `off` is the GIL itself
#   off         -X gil=off
# Printed: median wall time per set-up (whole process) and the ratios cpython/off and cpython+ft/off (over 1: the GIL
# set-up is slower), with their geometric means. Order alternates each round; the machine is shared: look at the
# spread (-v prints every run) before believing a difference of a few percent.
#   bench/gil/single_thread.sh [RUNS] [NAME-FILTER] [-v]
set -u
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../scripts/env.sh" || exit 1
kaa_find_jdk || exit 1
RUNS="${1:-5}" FILTER="${2:-}" VERBOSE="${3:-}"
cd "$KAA_ROOT"
kaa_build_if_needed || exit 1
./kaa -c pass || exit 1
kaa_record_aot_cache --wait
kaa_free_threaded_young
FT="${KAA_FREE_THREADED_FLAGS[*]}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Milliseconds of one run of the program under set-up $1; empty when it failed.
timed() {
  local setup="$1" start end opts=() policy=cpython
  shift
  case "$setup" in
    cpython+ft) opts=(env "KAA_JAVA_OPTS=${KAA_JAVA_OPTS:-} $FT") ;;
    off) policy=off ;;
  esac
  start=$(date +%s%N)
  "${opts[@]}" ./kaa -X gil="$policy" "$@" > /dev/null 2> "$work/err" || { echo ""; return; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

setups=(cpython cpython+ft off)
printf '%-22s %10s %11s %8s %10s %12s\n' program cpython_ms cpy+ft_ms off_ms cpy/off cpy+ft/off
programs=(bench/programs/*.py "bench/gil/cpu_threads.py 1 1000000000 1 1")
: > "$work/r1"; : > "$work/r2"
for entry in "${programs[@]}"; do
  read -r -a cmd <<< "$entry"
  name="$(basename "${cmd[0]}" .py)"
  [ "${#cmd[@]}" -gt 1 ] && name="$name (a) 1 thread"
  [ -z "$FILTER" ] || [[ "$name" == *"$FILTER"* ]] || continue
  for s in "${setups[@]}"; do : > "$work/$s"; done
  failed=""
  for r in $(seq "$RUNS"); do
    order=("${setups[@]}")
    [ $((r % 2)) -eq 0 ] && order=(off cpython+ft cpython)
    for s in "${order[@]}"; do
      t=$(timed "$s" "${cmd[@]}")
      [ -n "$t" ] || { failed="$s: $(head -c 120 "$work/err" | tr '\n' ' ')"; break 2; }
      echo "$t" >> "$work/$s"
    done
  done
  if [ -n "$failed" ]; then printf '%-22s failed (%s)\n' "$name" "$failed"; continue; fi
  a=$(median < "$work/cpython"); b=$(median < "$work/cpython+ft"); c=$(median < "$work/off")
  r1=$(awk -v a="$a" -v c="$c" 'BEGIN {printf "%.3f", a / c}'); r2=$(awk -v b="$b" -v c="$c" 'BEGIN {printf "%.3f", b / c}')
  echo "$r1" >> "$work/r1"; echo "$r2" >> "$work/r2"
  printf '%-22s %10s %11s %8s %10s %12s\n' "$name" "$a" "$b" "$c" "$r1" "$r2"
  if [ "$VERBOSE" = -v ]; then
    for s in "${setups[@]}"; do printf '    %-11s %s\n' "$s" "$(tr '\n' ' ' < "$work/$s")"; done
  fi
done
gm() { awk '{s += log($1); n++} END {if (n) printf "%.3f", exp(s / n)}' "$1"; }
printf '%-22s %10s %11s %8s %10s %12s\n' "geometric mean" "" "" "" "$(gm "$work/r1")" "$(gm "$work/r2")"
