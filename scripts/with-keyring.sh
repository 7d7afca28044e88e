#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring Secret Service on the current session bus, kept in
# a scratch folder, and stops the daemon by its PID afterwards. Used inside dbus-run-session.
set -uo pipefail
base=${KKT_TEST_ENV:-$(mktemp -d)}/keyring
rm -rf "$base"
mkdir -p "$base/data" "$base/run"
chmod 700 "$base/run"
export XDG_DATA_HOME="$base/data" XDG_RUNTIME_DIR="$base/run"
printf '%s' kkt-test-keyring | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$base/daemon.log" 2>&1 &
keyring_pid=$!
# The daemon answers on the bus once it has unlocked the login collection.
for _ in $(seq 50); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
        string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        break
    fi
    sleep 0.1
done
"$@"
status=$?
kill "$keyring_pid" 2>/dev/null
wait "$keyring_pid" 2>/dev/null
exit $status
