#!/usr/bin/env bash
# A real Debian 12 server with systemd for end-to-end tests: systemd-nspawn over an overlay of a
# cached debootstrap image. Host networking; the container's sshd listens on its own loopback port.
#
#   systemd-host.sh base                      build the cached base image if missing (~70 s once)
#   systemd-host.sh start DIR PORT PUBKEY     boot a fresh host in DIR, sshd on 127.0.0.1:PORT
#   systemd-host.sh start-isolated DIR N PORT PUBKEY
#                                             boot a fresh host with ufw in its own network
#                                             namespace (veth): this side 10.99.N.1/24, the host
#                                             10.99.N.2/24, sshd on 10.99.N.2:PORT, so its firewall
#                                             can never touch this machine's. No NAT, no routes.
#   systemd-host.sh stop DIR                  halt it and remove DIR
#
# The base lives outside the work tree ($KKT_HOST_CACHE, default /var/cache/kkt-deploy-test), and
# so do the apt archive and lists that every host started with `start` shares (bind mounts of
# /var/cache/apt/archives and /var/lib/apt/lists): a fresh host downloads a .deb only once per
# machine, and dpkg still installs everything for real. One host runs at a time (host.lock).
set -euo pipefail

cache=${KKT_HOST_CACHE:-/var/cache/kkt-deploy-test}
# Bump when the package list changes so that a stale cache is not reused.
base_version=1
base=$cache/base-v$base_version
packages=systemd,systemd-sysv,dbus,openssh-server,ca-certificates,python3,sudo,procps,iproute2
# The isolated variant adds ufw, in a separate cached base so the shared one stays as it is.
base_ufw=$base-ufw
packages_ufw=$packages,ufw

mirror() {
    local uri
    uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    [ -n "$uri" ] || uri=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    echo "${uri:-http://deb.debian.org/debian}"
}

# build_base [BASE PACKAGES]: the shared base by default.
build_base() {
    local target=${1:-$base} include=${2:-$packages}
    [ -f "$target/.complete" ] && return 0
    mkdir -p "$cache"
    exec 9>"$cache/.lock"
    flock 9
    [ -f "$target/.complete" ] && return 0
    rm -rf "$target.tmp"
    local log
    log=$cache/debootstrap-$(basename "$target").log
    debootstrap --variant=minbase --include="$include" bookworm "$target.tmp" "$(mirror)" >"$log" 2>&1 \
        || { tail -20 "$log" >&2; exit 1; }
    rm -f "$target.tmp/etc/machine-id" "$target.tmp"/etc/ssh/ssh_host_*
    : >"$target.tmp/etc/machine-id"
    # Debian's default root .bashrc is light; keep it so, every exec channel starts a shell.
    mv "$target.tmp" "$target"
    touch "$target/.complete"
    exec 9>&-
}

start() {
    local dir=$1 port=$2 pubkey=$3
    build_base
    mkdir -p "$dir/upper" "$dir/work" "$dir/root"
    mount -t overlay overlay -o "lowerdir=$base,upperdir=$dir/upper,workdir=$dir/work" "$dir/root"
    local root=$dir/root
    systemd-machine-id-setup --root="$root" >/dev/null 2>&1 || true
    ssh-keygen -q -A -f "$root" >/dev/null 2>&1 || true
    mkdir -p "$root/root/.ssh"
    cp "$pubkey" "$root/root/.ssh/authorized_keys"
    chmod 700 "$root/root/.ssh"
    chmod 600 "$root/root/.ssh/authorized_keys"
    mkdir -p "$root/etc/ssh/sshd_config.d"
    printf 'Port %s\nListenAddress 127.0.0.1\nPermitRootLogin prohibit-password\nUseDNS no\n' "$port" \
        >"$root/etc/ssh/sshd_config.d/10-kkt-test.conf"
    local name
    name=kkt-$(basename "$(dirname "$dir")" | tr -cd 'a-z0-9-' | tail -c 40)
    # Hosts share this machine's network (nginx on :80, PostgreSQL on :5432): one at a time,
    # machine-wide, whichever test or program starts it. The lock is held as long as the host runs.
    # A test server needs no fsync after every file and no manuals: dpkg unpacks much faster, and
    # every package is still installed and configured for real.
    mkdir -p "$root/etc/dpkg/dpkg.cfg.d"
    printf 'force-unsafe-io\npath-exclude=/usr/share/doc/*\npath-exclude=/usr/share/man/*\npath-exclude=/usr/share/locale/*\npath-include=/usr/share/locale/locale.alias\n' \
        >"$root/etc/dpkg/dpkg.cfg.d/90-kkt-test-host"
    mkdir -p "$cache/apt-archives/partial" "$cache/apt-lists/partial"
    # A caller that boots many hosts in a row may hold host.lock itself for all of them
    # (KKT_HOST_LOCK_HELD=1), so that other hosts do not slip in between.
    local lock=(flock -w 1800 "$cache/host.lock")
    [ "${KKT_HOST_LOCK_HELD:-}" = 1 ] && lock=()
    setsid "${lock[@]}" systemd-nspawn -D "$root" -b --register=no --keep-unit --console=pipe \
        --bind="$cache/apt-archives:/var/cache/apt/archives" --bind="$cache/apt-lists:/var/lib/apt/lists" \
        -M "$name" </dev/null >"$dir/boot.log" 2>&1 &
    echo $! >"$dir/flock.pid"
    # Wait for sshd to answer (usually ~1.5 s after the lock is ours).
    local deadline=$((SECONDS + 1900))
    while [ $SECONDS -lt $deadline ]; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            if [ ${#lock[@]} -eq 0 ]; then
                cp "$dir/flock.pid" "$dir/nspawn.pid"
            else
                pgrep -P "$(cat "$dir/flock.pid")" -x systemd-nspawn >"$dir/nspawn.pid"
            fi
            cat "$dir/nspawn.pid"
            return 0
        fi
        kill -0 "$(cat "$dir/flock.pid")" 2>/dev/null || break
        sleep 0.1
    done
    echo "systemd host did not start; boot log:" >&2
    tail -30 "$dir/boot.log" >&2
    stop "$dir"
    exit 1
}

start_isolated() {
    local dir=$1 index=$2 port=$3 pubkey=$4
    case $index in '' | *[!0-9]*) echo "subnet index must be 1…254" >&2; exit 2 ;; esac
    if [ "$index" -lt 1 ] || [ "$index" -gt 254 ]; then echo "subnet index must be 1…254" >&2; exit 2; fi
    local near=10.99.$index.1 address=10.99.$index.2
    build_base "$base_ufw" "$packages_ufw"
    mkdir -p "$dir/upper" "$dir/work" "$dir/root"
    mount -t overlay overlay -o "lowerdir=$base_ufw,upperdir=$dir/upper,workdir=$dir/work" "$dir/root"
    local root=$dir/root
    systemd-machine-id-setup --root="$root" >/dev/null 2>&1 || true
    ssh-keygen -q -A -f "$root" >/dev/null 2>&1 || true
    mkdir -p "$root/root/.ssh"
    cp "$pubkey" "$root/root/.ssh/authorized_keys"
    chmod 700 "$root/root/.ssh"
    chmod 600 "$root/root/.ssh/authorized_keys"
    mkdir -p "$root/etc/ssh/sshd_config.d"
    # The host has a network of its own: sshd listens on every address there, on the given port.
    printf 'Port %s\nPermitRootLogin prohibit-password\nUseDNS no\n' "$port" \
        >"$root/etc/ssh/sshd_config.d/10-kkt-test.conf"
    # A static address; "10-" sorts before the shipped 80-container-host0.network (DHCP client).
    mkdir -p "$root/etc/systemd/network" "$root/etc/systemd/system/multi-user.target.wants" \
        "$root/etc/systemd/system/sockets.target.wants"
    printf '[Match]\nName=host0\n\n[Network]\nAddress=%s/24\nLinkLocalAddressing=no\nIPv6AcceptRA=no\n' \
        "$address" >"$root/etc/systemd/network/10-host0.network"
    ln -sf /lib/systemd/system/systemd-networkd.service \
        "$root/etc/systemd/system/multi-user.target.wants/systemd-networkd.service"
    ln -sf /lib/systemd/system/systemd-networkd.socket \
        "$root/etc/systemd/system/sockets.target.wants/systemd-networkd.socket"
    # Short and unique among running hosts, so that nspawn names the veth "ve-<name>" in full.
    local name=kktfw$index
    echo "$address" >"$dir/address"
    setsid flock -w 1800 "$cache/host.lock" systemd-nspawn -D "$root" -b --register=no --keep-unit \
        --console=pipe --network-veth -M "$name" </dev/null >"$dir/boot.log" 2>&1 &
    echo $! >"$dir/flock.pid"
    local deadline=$((SECONDS + 1900)) veth=
    while [ $SECONDS -lt $deadline ]; do
        kill -0 "$(cat "$dir/flock.pid")" 2>/dev/null || break
        if [ -z "$veth" ]; then
            veth=$(ip -o link show type veth | awk -F': ' '{sub(/@.*/, "", $2); print $2}' |
                grep -x "ve-$name" || true)
            if [ -n "$veth" ]; then
                echo "$veth" >"$dir/veth"
                if ip -o -4 addr show | grep -q " inet $near/"; then
                    echo "10.99.$index.0/24 is already in use on this machine" >&2
                    break
                fi
                ip addr add "$near/24" dev "$veth"
                ip link set "$veth" up
            fi
        elif (exec 3<>"/dev/tcp/$address/$port") 2>/dev/null; then
            pgrep -P "$(cat "$dir/flock.pid")" -x systemd-nspawn >"$dir/nspawn.pid"
            echo "$address"
            return 0
        fi
        sleep 0.1
    done
    echo "isolated systemd host did not start; boot log:" >&2
    tail -30 "$dir/boot.log" >&2
    stop "$dir"
    exit 1
}

stop() {
    local dir=$1 pid
    for file in "$dir/nspawn.pid" "$dir/flock.pid"; do
        [ -s "$file" ] || continue
        pid=$(cat "$file")
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    done
    # The veth goes away with the container's namespace; remove it if something kept it.
    if [ -s "$dir/veth" ] && ip link show "$(cat "$dir/veth")" >/dev/null 2>&1; then
        ip link del "$(cat "$dir/veth")" 2>/dev/null || true
    fi
    if mountpoint -q "$dir/root" 2>/dev/null; then
        umount "$dir/root" 2>/dev/null || umount -l "$dir/root"
    fi
    rm -rf "$dir"
}

case ${1:-} in
base) build_base ;;
base-ufw) build_base "$base_ufw" "$packages_ufw" ;;
start) start "$2" "$3" "$4" ;;
start-isolated) start_isolated "$2" "$3" "$4" "$5" ;;
stop) stop "$2" ;;
*) echo "usage: $0 base | base-ufw | start DIR PORT PUBKEY | start-isolated DIR N PORT PUBKEY | stop DIR" >&2; exit 2 ;;
esac
