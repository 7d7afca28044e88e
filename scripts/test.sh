#!/usr/bin/env bash
# Builds everything (installing what is missing), starts the services the tests share (a session
# bus with an unlocked Secret Service), runs the whole ctest suite and exits non-zero on failure.
# Tests that need sshd, PostgreSQL or a systemd host start and stop their own.
# Extra arguments go to ctest, e.g. scripts/test.sh -R Validator.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
export KKT_TEST_ENV="$root/build/test-env"
mkdir -p "$KKT_TEST_ENV"
# A run that was killed may have left systemd test hosts behind; stop them by their PID files.
for pidfile in "$KKT_TEST_ENV"/*/machine/flock.pid; do
    [ -f "$pidfile" ] && bash "$root/tests/support/hosts/systemd-host.sh" stop "$(dirname "$pidfile")"
done
exec dbus-run-session -- "$root/scripts/with-keyring.sh" \
    ctest --test-dir "$root/build" --output-on-failure --parallel "$(nproc)" "$@"
