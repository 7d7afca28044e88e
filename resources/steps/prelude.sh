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

# Runs a command as the service user inside the current release with the instance's environment.
kkt_as_app() {
    local cmd=$1
    runuser -u "$KKT_SERVICE_USER" -- env PGPASSFILE="$KKT_SHARED_DIR/.pgpass" \
        bash -c 'set -euo pipefail; cd "$0"; set -a; . "$1"; set +a; eval "$2"' "$KKT_CURRENT" "$KKT_ENV_FILE" "$cmd"
}

# psql as the postgres superuser, script on stdin, values as psql variables (quoted by psql).
kkt_psql_admin() { runuser -u postgres -- psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }

kkt_missing_packages() {
    local p missing=()
    for p in "$@"; do
        [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" = installed ] || missing+=("$p")
    done
    echo "${missing[*]}"
}

kkt_unit_active() { systemctl is-active --quiet "$1"; }

# The instance's nginx site: with TLS once the certificate and key are in place, else plain HTTP
# (which still answers ACME challenges, so that a certificate can be obtained).
kkt_nginx_site() {
    if [ -n "$KKT_NGINX_SITE_TLS" ] && [ -s "$KKT_TLS_CERT" ] && [ -s "$KKT_TLS_KEY" ]; then
        printf '%s' "$KKT_NGINX_SITE_TLS"
    else
        printf '%s' "$KKT_NGINX_SITE"
    fi
}

# Installs the site kkt_nginx_site chooses and reloads nginx when it changed.
kkt_apply_nginx_site() {
    local changed
    changed=$(kkt_nginx_site | kkt_install_file "/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME" 0644 root:root)
    nginx -t -q
    if [ -n "$changed" ]; then systemctl reload nginx; fi
}

# The .env as rendered by the client, with @@NAME@@ replaced by the server-side secrets.
kkt_render_env() {
    local content=$KKT_ENV_CONTENT name value
    while IFS='=' read -r name value; do
        [ -n "$name" ] && content=${content//@@$name@@/$value}
    done <"$KKT_STATE_DIR/secrets.env"
    printf '%s\n' "$content"
}
