# KKT Deploy's server check. Read-only: it only looks. Prints one "key=value" line per fact.
export LC_ALL=C
if [ -r /etc/os-release ]; then . /etc/os-release; fi
echo "os_id=${ID:-unknown}"
echo "os_version=${VERSION_ID:-}"
echo "os_name=${PRETTY_NAME:-}"
echo "arch=$(uname -m)"
echo "cpus=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)"
echo "memory_kib=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)"
df -Pk / | awk 'NR==2 {print "disk_total_kib=" $2; print "disk_free_kib=" $4}'
# python3, and the interpreter the release's profile makes its venv with (KKT_PYTHON, set above).
for p in $(printf '%s\n' python3 ${KKT_PYTHON:-} | sort -u); do
    if command -v "$p" >/dev/null 2>&1; then
        echo "$p=$("$p" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null)"
    else
        echo "$p="
    fi
done
if [ -d /run/systemd/system ]; then
    echo "systemd=$(systemctl is-system-running 2>/dev/null)"
else
    echo "systemd=absent"
fi
as_root=""
if [ "$(id -u)" = 0 ]; then
    echo "sudo=root"
elif ! command -v sudo >/dev/null 2>&1; then
    echo "sudo=missing"
elif sudo -n true 2>/dev/null; then
    echo "sudo=passwordless"
    as_root="sudo -n"
else
    echo "sudo=password"
fi
for port in 80 443; do
    if command -v ss >/dev/null 2>&1; then
        line=$($as_root ss -Htlnp "( sport = :$port )" 2>/dev/null | head -n 1)
        if [ -z "$line" ]; then
            echo "port_$port=free"
        else
            owner=$(printf '%s\n' "$line" | sed -n 's/.*users:(("\([^"]*\)".*/\1/p')
            echo "port_$port=used:${owner:-unknown}"
        fi
    else
        echo "port_$port=unknown"
    fi
done
if command -v pgrep >/dev/null 2>&1; then
    busy=$(pgrep -x 'apt|apt-get|aptitude|dpkg|unattended-upgr' -l 2>/dev/null | awk '{print $2}' | sort -u | tr '\n' ' ')
    echo "package_manager_busy=${busy% }"
else
    echo "package_manager_busy=unknown"
fi
