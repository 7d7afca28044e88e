# Prelude of every remote script KKT Deploy runs during provisioning. The script reaches the
# server over SSH standard input (never on a command line); KKT_* variables are set above this
# prelude by the client, secrets among them, and are never echoed.
set -euo pipefail
umask 022
cd / # commands run as other users (postgres, the service user) must not start in root's home
export LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive

# Probe results: one marker line, then leave the probe's subshell.
kkt_done() { echo "::kkt-probe done ${1:-}"; exit 0; }
kkt_change() { echo "::kkt-probe change ${1:-}"; exit 0; }
kkt_unknown() { echo "::kkt-probe unknown ${1:-}"; exit 0; }

# Writes stdin to FILE only when it differs; prints "changed FILE" when it did. Atomic.
kkt_install_file() {
    local file=$1 mode=$2 owner=$3 tmp
    tmp=$(mktemp "$(dirname "$file")/.kkt-XXXXXX")
    cat >"$tmp"
    chmod "$mode" "$tmp"
    chown "$owner" "$tmp"
    if [ -f "$file" ] && cmp -s "$tmp" "$file" && [ "$(stat -c '%a %U:%G' "$file")" = "$(stat -c '%a %U:%G' "$tmp")" ]; then
        rm -f "$tmp"
        return 0
    fi
    mv -f "$tmp" "$file"
    echo "changed $file"
}

# True when stdin equals FILE (content only).
kkt_same_file() { [ -f "$1" ] && cmp -s - "$1"; }

# Marks that the services must be restarted to pick up a change.
kkt_needs_restart() { mkdir -p "$KKT_STATE_DIR" && touch "$KKT_STATE_DIR/restart-needed"; }

# kkt_as_user USER [NAME=VALUE…] COMMAND…: runs COMMAND as a local USER with that user's uid,
# groups, HOME, USER, LOGNAME and SHELL (as `runuser -u` would), without the PAM session runuser
# opens: every probe asking PostgreSQL as the application would otherwise pay for a session and its
# log lines. Users that are not in /etc/passwd go through runuser.
kkt_as_user() {
    local user=$1 name= pw uid gid gecos home shell
    shift
    while IFS=: read -r name pw uid gid gecos home shell; do
        [ "$name" = "$user" ] && break
    done </etc/passwd
    if [ "$name" != "$user" ]; then
        runuser -u "$user" -- env "$@"
        return
    fi
    setpriv --reuid="$uid" --regid="$gid" --init-groups -- \
        env HOME="$home" USER="$user" LOGNAME="$user" SHELL="$shell" "$@"
}

# Runs a command as the service user inside the current release with the instance's environment.
kkt_as_app() {
    local cmd=$1
    kkt_as_user "$KKT_SERVICE_USER" PGPASSFILE="$KKT_SHARED_DIR/.pgpass" \
        bash -c 'set -euo pipefail; cd "$0"; set -a; . "$1"; set +a; eval "$2"' "$KKT_CURRENT" "$KKT_ENV_FILE" "$cmd"
}

# psql as the postgres superuser, script on stdin, values as psql variables (quoted by psql).
kkt_psql_admin() { kkt_as_user postgres psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }

# The packages among "$@" that are not installed, in one dpkg-query for all of them.
kkt_missing_packages() {
    local p installed missing=()
    installed=" $(dpkg-query -W -f='${db:Status-Status} ${Package}\n' "$@" 2>/dev/null | sed -n 's/^installed //p' | tr '\n' ' ' || true)"
    for p in "$@"; do
        case $installed in *" $p "*) ;; *) missing+=("$p") ;; esac
    done
    echo "${missing[*]}"
}

kkt_unit_active() { systemctl is-active --quiet "$1"; }

# Stops, disables and removes the instance's services and backup units (rollback, test removal).
kkt_remove_units() {
    local unit
    for unit in "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE" "$KKT_BACKUP_UNIT.timer" "$KKT_BACKUP_UNIT"; do
        systemctl disable --now "$unit" >/dev/null 2>&1 || true
    done
    rm -f "/etc/systemd/system/$KKT_WEB_SERVICE.service" "/etc/systemd/system/$KKT_BOT_SERVICE.service" \
        "/etc/systemd/system/$KKT_BACKUP_UNIT.service" "/etc/systemd/system/$KKT_BACKUP_UNIT.timer"
    systemctl daemon-reload
}

# The other KKT instances on this server ("production INST-… kkt.example.ru"), one per line: a
# server that runs one keeps its firewall and its packages' versions as they are.
kkt_other_instances() {
    local file
    for file in /var/lib/kkt-deploy/*/instance; do
        [ -f "$file" ] || continue
        [ "$(dirname "$file")" = "$KKT_STATE_DIR" ] && continue
        echo "$(basename "$(dirname "$file")") $(cat "$file")"
    done
}

# True when an enabled nginx site serving $KKT_DOMAIN includes the shared locations folder.
kkt_production_includes() {
    local site
    for site in /etc/nginx/sites-enabled/*; do
        [ -f "$site" ] || continue
        grep -Eq "server_name +$KKT_DOMAIN;" "$site" && grep -Fq "include $KKT_NGINX_LOCATIONS_DIR/*.conf;" "$site" && return 0
    done
    return 1
}

# "port 8200 is taken by python3 (PID 77)" when a process outside unit $2 listens on TCP port $1.
kkt_port_taken_by_other() {
    local port=$1 unit=$2 pid
    for pid in $(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u); do
        grep -q "/$unit.service\$" "/proc/$pid/cgroup" 2>/dev/null && continue
        echo "port $port is taken by $(cat "/proc/$pid/comm" 2>/dev/null || echo a process) (PID $pid)"
        return 0
    done
}

# The instance's nginx site: with TLS once the certificate and key are in place, else plain HTTP
# (which still answers ACME challenges, so that a certificate can be obtained).
kkt_nginx_site() {
    if [ -n "$KKT_NGINX_SITE_TLS" ] && [ -s "$KKT_TLS_CERT" ] && [ -s "$KKT_TLS_KEY" ]; then
        printf '%s' "$KKT_NGINX_SITE_TLS"
    else
        printf '%s' "$KKT_NGINX_SITE"
    fi
}

# Installs the site kkt_nginx_site chooses; one reload of nginx when it changed or when the first
# argument says that something it reads (a certificate) did.
kkt_apply_nginx_site() {
    local changed
    changed=$(kkt_nginx_site | kkt_install_file "/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME" 0644 root:root)
    nginx -t -q
    if [ -n "$changed${1:-}" ]; then systemctl reload nginx; fi
}

# The .env as rendered by the client, with @@NAME@@ replaced by the server-side secrets.
kkt_render_env() {
    local content=$KKT_ENV_CONTENT name value
    while IFS='=' read -r name value; do
        [ -n "$name" ] && content=${content//@@$name@@/$value}
    done <"$KKT_STATE_DIR/secrets.env"
    printf '%s\n' "$content"
}

# Who holds a package-manager lock, as "/var/lib/dpkg/lock-frontend held by PID 125 (apt-get)";
# empty when none is held. /proc/locks needs no extra package (fuser and lsof are not in minbase).
# One stat and one awk for the four locks, one systemctl for unattended-upgrades.
kkt_package_lock_holder() {
    local files=() file held pid
    for file in /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock; do
        [ -e "$file" ] && files+=("$file")
    done
    if [ ${#files[@]} -gt 0 ]; then
        # The first lock in the list's order that a live process holds: "PID FILE".
        held=$(stat -L -c '%i %n' "${files[@]}" | awk '
            NR == FNR { want[$1] = $2; order[$1] = NR; next }
            $2 != "->" { n = split($6, a, ":"); if ((a[n] in want) && $5 > 0 && (!(a[n] in pid))) pid[a[n]] = $5 }
            END { best = 0; for (i in pid) if (!best || order[i] < order[best]) best = i; if (best) print pid[best], want[best] }
        ' - /proc/locks || true)
        if [ -n "$held" ]; then
            pid=${held%% *} file=${held#* }
            echo "$file held by PID $pid ($(cat "/proc/$pid/comm" 2>/dev/null || echo gone))"
            return 0
        fi
    fi
    # unattended-upgrades between two of its transactions holds no lock but will take it again.
    if systemctl is-active --quiet apt-daily.service apt-daily-upgrade.service 2>/dev/null; then
        echo "apt-daily (unattended-upgrades) is running"
    fi
}

# Units of finish-before-cancel steps still running (left by a run whose connection died).
kkt_running_step_units() {
    local unit rest units=()
    while read -r unit rest; do
        [ -n "$unit" ] && units+=("$unit")
    done < <(systemctl list-units --plain --no-legend --state=active,activating 'kkt-deploy-step-*' 2>/dev/null)
    echo "${units[*]}"
}

# Non-empty when dpkg was interrupted (it would refuse to work until `dpkg --configure -a`).
kkt_dpkg_interrupted() {
    ls -A /var/lib/dpkg/updates 2>/dev/null | head -n 1
    dpkg --audit 2>/dev/null | head -n 1
}

# Runs the script on stdin as the transient unit $1, which outlives this connection: a run that is
# killed or loses the server leaves it finishing, and the next run waits for it. Output is
# followed here; a marker every second keeps the client informed that it is still going.
kkt_detached() {
    local unit=$1 dir=/var/lib/kkt-deploy/steps tail_pid status
    mkdir -p -m 0700 "$dir"
    while systemctl is-active --quiet "$unit"; do
        echo "waiting for $unit, left running by an interrupted run, to finish…"
        sleep 1
    done
    rm -f "$dir/$unit.status"
    : >"$dir/$unit.log"
    ( umask 077; cat >"$dir/$unit.sh" )
    systemd-run --quiet --collect --unit "$unit" --description "KKT Deploy step (finishes even without KKT Deploy)" \
        /bin/bash -c 'bash "$1.sh" >>"$1.log" 2>&1; echo $? >"$1.status"' bash "$dir/$unit"
    tail -n +1 -F "$dir/$unit.log" 2>/dev/null &
    tail_pid=$!
    while systemctl is-active --quiet "$unit"; do
        echo "::kkt-tick"
        sleep 1
    done
    sleep 0.3
    kill "$tail_pid" 2>/dev/null || true
    wait "$tail_pid" 2>/dev/null || true
    status=$(cat "$dir/$unit.status" 2>/dev/null || echo 1)
    rm -f "$dir/$unit.sh"
    return "$status"
}

# "port 80 is taken by apache2 (PID 812)" for each given TCP port a process other than nginx (ours,
# or production's next to a test instance) listens on; empty when they are free. One ss for all the
# ports, read by bash.
kkt_foreign_listeners() {
    local port filter= state recvq sendq local peer users name said
    local -A found=()
    for port in "$@"; do filter+="${filter:+ or }sport = :$port"; done
    while read -r state recvq sendq local peer users; do
        [ -n "$local" ] || continue
        port=${local##*:}
        case $users in
        *'(("'*)
            name=${users#*'(("'}
            if [[ $name =~ ^([^\"]*)\",pid=([0-9]+) ]]; then
                name="${BASH_REMATCH[1]} (PID ${BASH_REMATCH[2]})"
            else
                name=
            fi
            case $name in
            nginx\ *) continue ;;
            esac
            said="port $port is taken by ${name:-an unknown process}"
            ;;
        *) said="port $port is taken by a process this login cannot see" ;;
        esac
        found[$said]=1
    done < <(ss -Hltnp "( $filter )" 2>/dev/null)
    [ ${#found[@]} -gt 0 ] || return 0
    printf '%s\n' "${!found[@]}" | sort | paste -sd ';' | sed 's/;/; /g'
}

# The package mirrors of this server's apt sources (or apt's proxy, when one is set) it cannot reach
# now, as "deb.debian.org:80 (the name does not resolve)"; empty when every one answers. A TCP
# connection within 5 s is enough: apt's own errors come later and say less.
kkt_unreachable_mirrors() {
    local uri rest host port proxy="" hostport why seen=" " where=()
    eval "$(apt-config shell proxy Acquire::http::Proxy 2>/dev/null)"
    case $proxy in "" | DIRECT | false) proxy="" ;; esac
    while read -r uri; do
        case $uri in
        http://*) port=80 ;;
        https://*) port=443 ;;
        *) continue ;;
        esac
        rest=${uri#*://}
        if [ -n "$proxy" ] && [ "$port" = 80 ]; then
            rest=${proxy#*://}
            rest=${rest##*@}
        fi
        hostport=${rest%%/*}
        host=${hostport%:*}
        [ "$host" != "$hostport" ] && port=${hostport##*:}
        case $seen in *" $host:$port "*) continue ;; esac
        seen="$seen$host:$port "
        if ! getent ahosts "$host" >/dev/null 2>&1; then
            where+=("$host (the name does not resolve)")
        elif ! why=$(timeout 5 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$host" "$port" 2>&1); then
            why=$(printf '%s' "$why" | sed -n 's/.*connect: //p' | head -n 1)
            where+=("$host:$port (${why:-no answer within 5 s})")
        fi
    done < <({
        sed -n -E 's/^[[:space:]]*deb(-src)?[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\3/p' \
            /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null
        sed -n -E 's/^[Uu][Rr][Ii][Ss]:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | tr ' ' '\n'
    } | sort -u)
    local IFS=';'
    echo "${where[*]}" | sed 's/;/; /g'
}

# The server-side secrets (database, JWT, bot API passwords), told to the client over this SSH
# channel each time a script may read them, so that its redactor masks them in any output (a
# failing tool may print one) before anything is shown, logged or stored. "::kkt-" marker lines
# themselves are never logged.
kkt_reveal_secrets() {
    local name value
    [ -r "${KKT_STATE_DIR:-/nonexistent}/secrets.env" ] || return 0
    while IFS='=' read -r name value; do
        [ -n "$value" ] && printf '::kkt-secret %s\n' "$value"
    done <"$KKT_STATE_DIR/secrets.env"
    return 0
}
kkt_reveal_secrets
