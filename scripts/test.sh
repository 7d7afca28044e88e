#!/usr/bin/env bash
# Builds everything (installing what is missing), starts the services the tests share (a session
# bus with an unlocked Secret Service), runs the whole ctest suite, then — on a full run — the
# sanitizer stage: the ssh, provisioning and registry tests again, built with AddressSanitizer and
# UndefinedBehaviorSanitizer in build-asan/. Exits non-zero when either stage fails.
# Tests that need sshd, PostgreSQL or a systemd host start and stop their own.
# Extra arguments go to ctest, e.g. scripts/test.sh -R Validator (then the sanitizer stage is left
# out unless KKT_SANITIZE_STAGE=1; KKT_SANITIZE_STAGE=0 leaves it out of a full run).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
export KKT_TEST_ENV="$root/build/test-env"
mkdir -p "$KKT_TEST_ENV"
# A run that was killed may have left systemd test hosts behind; stop them by their PID files.
for pidfile in "$KKT_TEST_ENV"/*/machine/flock.pid; do
    [ -f "$pidfile" ] && bash "$root/tests/support/hosts/systemd-host.sh" stop "$(dirname "$pidfile")"
done

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
closing_line() { grep -E '^[0-9]+% tests passed' "$1" | tail -1 || true; }

status=0
dbus-run-session -- "$root/scripts/with-keyring.sh" \
    ctest --test-dir "$root/build" --output-on-failure --parallel "$(nproc)" "$@" 2>&1 |
    tee "$logs/normal.log" || status=1

sanitize=${KKT_SANITIZE_STAGE:-$([ $# -eq 0 ] && echo 1 || echo 0)}
if [ "$sanitize" = 1 ]; then
    labels='ssh|provisioning|registry'
    asan="$root/build-asan"
    echo "== sanitizer stage: ASan + UBSan build in $asan, tests labelled $labels (not e2e or gui: they would double the build) =="
    if [ ! -f "$asan/build.ninja" ]; then
        cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g" -DKKT_WERROR=ON -DKKT_SANITIZE=ON >/dev/null
    fi
    # Only the test programs of those labels (ctest names them after their targets).
    mapfile -t tests < <(ctest --test-dir "$asan" -N -L "$labels" -LE 'e2e|gui' | sed -n 's/^ *Test *#[0-9]*: //p')
    targets=()
    for t in "${tests[@]}"; do targets+=(--target "$t"); done
    cmake --build "$asan" --parallel "$(nproc)" "${targets[@]}"
    KKT_TEST_ENV="$asan/test-env" dbus-run-session -- "$root/scripts/with-keyring.sh" \
        ctest --test-dir "$asan" --output-on-failure --parallel "$(nproc)" -L "$labels" -LE 'e2e|gui' 2>&1 |
        tee "$logs/asan.log" || status=1
    echo "== summary =="
    echo "sanitizer stage: $(closing_line "$logs/asan.log")"
    closing_line "$logs/normal.log"
fi
exit $status
