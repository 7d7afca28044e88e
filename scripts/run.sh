#!/usr/bin/env bash
# Builds KKT Deploy (installing what is missing) and starts it. Arguments go to kkt-deploy.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh" kkt-deploy
if [ $# -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run: no display (DISPLAY/WAYLAND_DISPLAY unset); starting on a virtual X server (xvfb-run)" >&2
    exec xvfb-run -a "$root/build/kkt-deploy"
fi
exec "$root/build/kkt-deploy" "$@"
