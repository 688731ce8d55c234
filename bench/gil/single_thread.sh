#!/usr/bin/env bash
# What the GIL costs a program that runs one thread: issue 6's "single-threaded benchmarks lose no more than 3% to
# the GIL checks", measured against `-X gil=off`. Each of bench/programs/*.py (one thread each), and bench (a)'s loop
# in one worker thread (cpu_threads.py 1), runs under four set-ups in turn, RUNS times:
#   cpython     -X gil=cpython, as a user runs it
#   off         -X gil=off, as a user runs it (the launcher adds KAA_FREE_THREADED_FLAGS: a second C2 thread,
#               conditional card marks, a 512 MB young generation...; scripts/env.sh)
#   cpython+ft  -X gil=cpython and off+ft  -X gil=off, both with those JVM options given the same way (KAA_JAVA_OPTS),
#               so that the GIL is the only difference between them
# Printed: median wall time per set-up (whole process) and the ratios cpython/off and cpython+ft/off+ft (over 1: the
# GIL set-up is slower), with their geometric means. Order alternates each round; the machine is shared: look at the
# spread (-v prints every run) before believing a difference of a few percent. (The young generation's first filling
# costs the kernel 0.2-0.8 s of page zeroing from one run to the next: the +ft columns vary more.)
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
    off+ft) opts=(env "KAA_JAVA_OPTS=${KAA_JAVA_OPTS:-} $FT"); policy=off ;;
    off) policy=off ;;
  esac
  start=$(date +%s%N)
  "${opts[@]}" ./kaa -X gil="$policy" "$@" > /dev/null 2> "$work/err" || { echo ""; return; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

setups=(cpython off cpython+ft off+ft)
printf '%-22s %10s %8s %10s %9s %8s %16s\n' program cpython_ms off_ms cpy+ft_ms off+ft_ms cpy/off cpy+ft/off+ft
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
    [ $((r % 2)) -eq 0 ] && order=(off+ft cpython+ft off cpython)
    for s in "${order[@]}"; do
      t=$(timed "$s" "${cmd[@]}")
      [ -n "$t" ] || { failed="$s: $(head -c 120 "$work/err" | tr '\n' ' ')"; break 2; }
      echo "$t" >> "$work/$s"
    done
  done
  if [ -n "$failed" ]; then printf '%-22s failed (%s)\n' "$name" "$failed"; continue; fi
  a=$(median < "$work/cpython"); b=$(median < "$work/off"); c=$(median < "$work/cpython+ft"); d=$(median < "$work/off+ft")
  r1=$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.3f", a / b}'); r2=$(awk -v c="$c" -v d="$d" 'BEGIN {printf "%.3f", c / d}')
  echo "$r1" >> "$work/r1"; echo "$r2" >> "$work/r2"
  printf '%-22s %10s %8s %10s %9s %8s %16s\n' "$name" "$a" "$b" "$c" "$d" "$r1" "$r2"
  if [ "$VERBOSE" = -v ]; then
    for s in "${setups[@]}"; do printf '    %-11s %s\n' "$s" "$(tr '\n' ' ' < "$work/$s")"; done
  fi
done
gm() { awk '{s += log($1); n++} END {if (n) printf "%.3f", exp(s / n)}' "$1"; }
printf '%-22s %10s %8s %10s %9s %8s %16s\n' "geometric mean" "" "" "" "" "$(gm "$work/r1")" "$(gm "$work/r2")"
