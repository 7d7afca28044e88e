#!/usr/bin/env bash
# scripts/screenshots.sh OUTDIR: PNGs of the main window and of every wizard page filled with sample
# data, in English and in Russian, rendered offscreen (no display, no human needed): also the Server
# page after a connection test (the facts table), test mode, Settings after a failed sign-in, the
# Updates tab after Check all offered a release, its review and the fleet dialog's wave plan (the local GitHub server, a loopback
# sshd), the Issue-token dialog and the client edition's Welcome page with that key (PostgreSQL).
# KKT_BUILD_DIR chooses a build folder other than build/. With KKT_SCREENSHOTS_E2E=1 the production
# panel of a real test deployment (one systemd host run) and the plan, progress and Complete pages of
# a real deployment (TestDeploymentWizardEndToEnd, another host run) are added.
set -euo pipefail
if [ $# -ne 1 ]; then
    echo "usage: scripts/screenshots.sh OUTDIR" >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KKT_BUILD_DIR:-$root/build}
if [ ! -f "$build/build.ninja" ]; then
    if [ "$build" = "$root/build" ]; then
        "$root/scripts/setup.sh"
    else
        cmake -S "$root" -B "$build" -G Ninja -DKKT_WERROR=ON
    fi
fi
cmake --build "$build" --target kkt-screenshots
mkdir -p "$1"
# The tested Server page needs a real sshd and the failed sign-in a real PostgreSQL (both started by
# kkt-screenshots); the keychain is a scratch Secret Service on a session bus of its own, and the
# settings (the registry the Updates tab reads) a scratch folder.
export KKT_TEST_ENV=${KKT_TEST_ENV:-$build/test-env/screenshots} KKT_SOURCE_DIR=$root
mkdir -p "$KKT_TEST_ENV"
rm -rf "$KKT_TEST_ENV/config"
export XDG_CONFIG_HOME=$KKT_TEST_ENV/config
production=()
if [ "${KKT_SCREENSHOTS_E2E:-0}" = 1 ]; then
    # The production panel of a real test deployment beside production: one systemd host run
    # records it (tests/acceptance/record_production_comparison.py), both languages render it.
    cmake --build "$build" --target kkt-deploy kkt-test-services
    comparison=$KKT_TEST_ENV/production-comparison.json
    dbus-run-session -- "$root/scripts/with-keyring.sh" python3 \
        "$root/tests/acceptance/record_production_comparison.py" --app "$build/kkt-deploy" \
        --services "$build/kkt-test-services" --scratch "$KKT_TEST_ENV/production-run" "$comparison"
    production=(--production "$comparison")
fi
for lang in en ru; do
    QT_QPA_PLATFORM=offscreen dbus-run-session -- "$root/scripts/with-keyring.sh" \
        "$build/kkt-screenshots" "$1" --lang "$lang" "${production[@]}"
done
if [ "${KKT_SCREENSHOTS_E2E:-0}" = 1 ]; then
    cmake --build "$build" --target TestDeploymentWizardEndToEnd
    (cd "$build" && KKT_SCREENSHOTS=$(cd "$1" && pwd) ctest -R '^TestDeploymentWizardEndToEnd$' --output-on-failure)
fi
