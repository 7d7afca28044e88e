#!/usr/bin/env bash
# Installs the Debian packages that are missing, then configures and builds into build/ — the
# targets given as arguments, or everything. Used by run.sh and test.sh; safe and fast to run again.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

mapfile -t wanted < <(grep -v -e '^#' -e '^[[:space:]]*$' "$root/scripts/packages.txt")
missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

build_type=${KKT_BUILD_TYPE:-RelWithDebInfo}
if [ ! -f "$root/build/build.ninja" ]; then
    cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DKKT_WERROR=ON
fi
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build "$root/build" --parallel "$(nproc)" "${targets[@]}"
