#!/usr/bin/env bash
# The io stack beside python3.12: bench/io/io_speed.py writes a ~50 MB text file line by line, then reads it with
# `for line in f`, readline(), 64 KiB binary chunks and binary lines; each phase timed inside the program (so JVM
# start-up is not counted), best of RUNS runs per interpreter, and the ratio Kaa / CPython per phase.
#   bench/io_speed.sh [RUNS] [LINES]   (default 3 runs, 1,000,000 lines: about 57 MB)
set -u
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../scripts/env.sh" || exit 1
RUNS="${1:-3}"
LINES="${2:-1000000}"
cd "$KAA_ROOT"
PY="$(kaa_find_python312)" || { echo "io_speed: python3.12 not found" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for i in $(seq "$RUNS"); do
  ./kaa bench/io/io_speed.py "$work/data" "$LINES" >> "$work/kaa" || exit 1
  "$PY" bench/io/io_speed.py "$work/data" "$LINES" >> "$work/py" || exit 1
done
grep checksum "$work/kaa" | sort -u | cmp -s - <(grep checksum "$work/py" | sort -u) \
  || { echo "io_speed: the two interpreters read different data" >&2; exit 1; }
printf '%-16s %10s %10s %7s\n' phase kaa_ms cpython_ms ratio
for p in write_text for_line_text readline_text chunks_binary for_line_binary; do
  k=$(awk -v p="$p" '$1 == p {print $2}' "$work/kaa" | sort -n | head -1)
  c=$(awk -v p="$p" '$1 == p {print $2}' "$work/py" | sort -n | head -1)
  awk -v p="$p" -v k="$k" -v c="$c" 'BEGIN {printf "%-16s %10d %10d %7.2f\n", p, k, c, (c > 0 ? k / c : 0)}'
done
