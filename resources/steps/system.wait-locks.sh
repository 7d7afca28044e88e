#! recheck: always
#! verify: implied
## probe
holder=$(kkt_package_lock_holder)
[ -z "$holder" ] || kkt_change "the package manager is busy: $holder"
step_unit=$(kkt_running_step_units)
[ -z "$step_unit" ] || kkt_change "an interrupted run left $step_unit running"
if command -v cloud-init >/dev/null && ! cloud-init status 2>/dev/null | grep -q -e done -e disabled; then
    kkt_change "cloud-init is still running"
fi
kkt_done
## action
# Conditions of the moment: checked on every run and every resume, with a time limit.
limit=${KKT_LOCK_WAIT_SECONDS:-600}
deadline=$((SECONDS + limit))
for unit in $(kkt_running_step_units); do
    echo "waiting for $unit, left running by an interrupted run, to finish…"
    while systemctl is-active --quiet "$unit" && [ $SECONDS -lt $deadline ]; do sleep 1; done
done
if command -v cloud-init >/dev/null; then
    timeout "$limit" cloud-init status --wait >/dev/null 2>&1 || true
fi
said=
while [ $SECONDS -lt $deadline ]; do
    holder=$(kkt_package_lock_holder)
    [ -n "$holder" ] || exit 0
    [ "$holder" = "$said" ] || echo "waiting for the package manager: $holder…"
    said=$holder
    sleep 1
done
echo "the package manager is still busy after $limit s: $holder; wait for it to finish (or stop it), then resume" >&2
exit 1
## verify
[ -z "$(kkt_package_lock_holder)" ] && [ -z "$(kkt_running_step_units)" ]
