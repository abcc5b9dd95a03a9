# Sourced by the .ci scripts: `phase NAME` prints a header and closes the phase before it with
# its duration and the disk space left, so a CI log shows where the time (and the disk) went; the EXIT trap closes the last one (also
# when a phase fails, so the log says how long the failing step ran).
_phase_name=""
_phase_start=$SECONDS
_script_start=$SECONDS
_script_name="$(basename "$0")"

phase_done() {
  if [ -n "$_phase_name" ]; then
    echo "-- $_script_name: $_phase_name took $((SECONDS - _phase_start))s" \
      "($(df -h --output=avail . 2>/dev/null | tail -n 1 | tr -d ' ') free on disk)"
  fi
  _phase_name=""
}

phase() {
  phase_done
  _phase_name="$1"
  _phase_start=$SECONDS
  echo "== $1"
}

_phase_exit() {
  local status=$?
  phase_done
  echo "-- $_script_name: $((SECONDS - _script_start))s in all (exit $status)"
}
trap _phase_exit EXIT
