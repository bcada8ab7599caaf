#!/usr/bin/env bash
# Cold start to first frame: from process start until the window is mapped on the X display, for
#   1. a bare JavaFX "hello" window (HelloFx),
#   2. Pulseport's main window (not the splash) on a prepared demo data directory,
#   3. optionally any other launcher given as $PULSEPORT_LAUNCHER (e.g. the jpackage app image).
# Needs Xvfb and xdotool (Debian: apt install xvfb xdotool). Usage: benchmarks/startup/startup-time.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
launcher=${PULSEPORT_LAUNCHER:-app/target/dist/bin/pulseport}
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid' EXIT
  export DISPLAY=:97
  sleep 1
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
hello_times=$(for _ in $(seq "$runs"); do time_to_window Hello "${hello[@]}"; done)
app_times=$(for _ in $(seq "$runs"); do time_to_window Pulseport "$launcher" --data-dir "$data"; done)
h=$(echo "$hello_times" | median)
a=$(echo "$app_times" | median)
echo "bare JavaFX hello window: median ${h} ms (runs: $(echo $hello_times))"
echo "Pulseport main window ($launcher): median ${a} ms (runs: $(echo $app_times))"
awk -v a="$a" -v h="$h" 'BEGIN {printf "ratio Pulseport / hello: %.2f\n", a / h}'
rm -rf "$data"
