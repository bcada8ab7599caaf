#!/usr/bin/env bash
# Cold start to first frame: from process start until the window is mapped on the X display, for
#   1. a bare JavaFX "hello" window (HelloFx),
#   2. Pulseport's main window (not the splash) on a prepared demo data directory, with the launcher's
#      class-data-sharing archive and without it (PULSEPORT_NO_CDS=1), interleaved run by run,
# where the launcher is app/target/dist/bin/pulseport or $PULSEPORT_LAUNCHER (e.g. the jpackage app image).
# Needs Xvfb and xdotool (Debian: apt install xvfb xdotool). Usage: benchmarks/startup/startup-time.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
launcher=${PULSEPORT_LAUNCHER:-app/target/dist/bin/pulseport}
if [ -z "${DISPLAY:-}" ]; then
  display_file=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1600x1000x24 3>"$display_file" >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid' EXIT
  until [ -s "$display_file" ]; do sleep 0.1; done
  export DISPLAY=:$(cat "$display_file")
  rm -f "$display_file"
fi
data=$(mktemp -d)
"$launcher" --data-dir "$data" --demo profiles list >/dev/null 2>&1

# time_to_window TITLE COMMAND...: milliseconds until a visible window named exactly TITLE appears
time_to_window() {
  local title=$1; shift
  local start end pid
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --name "^${title}\$" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null || [ $(( $(date +%s%N) - start )) -gt 120000000000 ]; then
      echo "no '$title' window appeared: $*" >&2
      exit 1
    fi
    sleep 0.01
  done
  end=$(date +%s%N)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

hello=(java --module-path app/target/dist/javafx --add-modules javafx.controls -cp benchmarks/target/classes org.pulseport.benchmarks.HelloFx)
echo "runs: $runs"
hello_times=""; app_times=""; plain_times=""
for _ in $(seq "$runs"); do
  hello_times="$hello_times $(time_to_window Hello "${hello[@]}")"
  app_times="$app_times $(time_to_window Pulseport "$launcher" --data-dir "$data")"
  plain_times="$plain_times $(PULSEPORT_NO_CDS=1 time_to_window Pulseport "$launcher" --data-dir "$data")"
done
h=$(echo $hello_times | tr ' ' '\n' | median)
a=$(echo $app_times | tr ' ' '\n' | median)
p=$(echo $plain_times | tr ' ' '\n' | median)
echo "bare JavaFX hello window: median ${h} ms (runs:${hello_times})"
echo "Pulseport main window ($launcher): median ${a} ms (runs:${app_times})"
echo "the same without class-data sharing (PULSEPORT_NO_CDS=1): median ${p} ms (runs:${plain_times})"
awk -v a="$a" -v h="$h" -v p="$p" 'BEGIN {printf "ratio Pulseport / hello: %.2f; without sharing / hello: %.2f; with / without sharing: %.2f\n", a / h, p / h, a / p}'
rm -rf "$data"
