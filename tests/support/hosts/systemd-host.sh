#!/usr/bin/env bash
# A real Debian 12 server with systemd for end-to-end tests: systemd-nspawn over an overlay of a
# cached debootstrap image. Host networking; the container's sshd listens on its own loopback port.
#
#   systemd-host.sh base                      build the cached base image if missing (~70 s once)
#   systemd-host.sh start DIR PORT PUBKEY     boot a fresh host in DIR, sshd on 127.0.0.1:PORT
#   systemd-host.sh stop DIR                  halt it and remove DIR
#
# The base lives outside the work tree ($KKT_HOST_CACHE, default /var/cache/kkt-deploy-test).
set -euo pipefail

cache=${KKT_HOST_CACHE:-/var/cache/kkt-deploy-test}
# Bump when the package list changes so that a stale cache is not reused.
base_version=1
base=$cache/base-v$base_version
packages=systemd,systemd-sysv,dbus,openssh-server,ca-certificates,python3,sudo,procps,iproute2

mirror() {
    local uri
    uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    [ -n "$uri" ] || uri=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    echo "${uri:-http://deb.debian.org/debian}"
}

build_base() {
    [ -f "$base/.complete" ] && return 0
    mkdir -p "$cache"
    exec 9>"$cache/.lock"
    flock 9
    [ -f "$base/.complete" ] && return 0
    rm -rf "$base.tmp"
    debootstrap --variant=minbase --include=$packages bookworm "$base.tmp" "$(mirror)" >"$cache/debootstrap.log" 2>&1 \
        || { tail -20 "$cache/debootstrap.log" >&2; exit 1; }
    rm -f "$base.tmp/etc/machine-id" "$base.tmp"/etc/ssh/ssh_host_*
    : >"$base.tmp/etc/machine-id"
    # Debian's default root .bashrc is light; keep it so, every exec channel starts a shell.
    mv "$base.tmp" "$base"
    touch "$base/.complete"
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
    setsid flock -w 1800 "$cache/host.lock" systemd-nspawn -D "$root" -b --register=no --keep-unit --console=pipe \
        -M "$name" </dev/null >"$dir/boot.log" 2>&1 &
    echo $! >"$dir/flock.pid"
    # Wait for sshd to answer (usually ~1.5 s after the lock is ours).
    local deadline=$((SECONDS + 1900))
    while [ $SECONDS -lt $deadline ]; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            pgrep -P "$(cat "$dir/flock.pid")" -x systemd-nspawn >"$dir/nspawn.pid"
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
    if mountpoint -q "$dir/root" 2>/dev/null; then
        umount "$dir/root" 2>/dev/null || umount -l "$dir/root"
    fi
    rm -rf "$dir"
}

case ${1:-} in
base) build_base ;;
start) start "$2" "$3" "$4" ;;
stop) stop "$2" ;;
*) echo "usage: $0 base | start DIR PORT PUBKEY | stop DIR" >&2; exit 2 ;;
esac
