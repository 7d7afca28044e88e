## probe
if lslocks -n -o PATH 2>/dev/null | grep -q -e '^/var/lib/dpkg/lock' -e '^/var/lib/apt/lists/lock'; then
    kkt_change "the package manager is busy (unattended-upgrades or cloud-init)"
fi
if command -v cloud-init >/dev/null && ! cloud-init status 2>/dev/null | grep -q -e done -e disabled; then
    kkt_change "cloud-init is still running"
fi
kkt_done
## action
if command -v cloud-init >/dev/null; then
    timeout 600 cloud-init status --wait >/dev/null 2>&1 || true
fi
for i in $(seq 600); do
    lslocks -n -o PATH 2>/dev/null | grep -q -e '^/var/lib/dpkg/lock' -e '^/var/lib/apt/lists/lock' || exit 0
    [ $((i % 30)) -eq 1 ] && echo "waiting for the package manager to finish (unattended-upgrades?)…"
    sleep 1
done
echo "the package manager stayed locked for 10 minutes" >&2
exit 1
## verify
! lslocks -n -o PATH 2>/dev/null | grep -q '^/var/lib/dpkg/lock'
