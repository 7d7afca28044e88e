#! verify: implied
## probe
id -u "$KKT_SERVICE_USER" >/dev/null 2>&1 && [ -d "$KKT_APP_DIR" ] && [ -d "$KKT_SHARED_DIR/logs" ] && [ -f "$KKT_STATE_DIR/instance" ] && kkt_done
kkt_change "will create the service user $KKT_SERVICE_USER and $KKT_APP_DIR"
## action
if ! id -u "$KKT_SERVICE_USER" >/dev/null 2>&1; then
    useradd --system --create-home --home-dir "/home/$KKT_SERVICE_USER" --shell /usr/sbin/nologin "$KKT_SERVICE_USER"
fi
install -d -m 0755 -o "$KKT_SERVICE_USER" -g "$KKT_SERVICE_USER" "$KKT_APP_DIR" "$KKT_RELEASES_DIR" "$KKT_SHARED_DIR"
install -d -m 0750 -o "$KKT_SERVICE_USER" -g "$KKT_SERVICE_USER" "$KKT_SHARED_DIR/logs" "$KKT_SHARED_DIR/backups"
install -d -m 0700 -o root -g root "$KKT_STATE_DIR"
# Which instance lives here: a later run reuses its ID (and so its database and site names).
[ -f "$KKT_STATE_DIR/instance" ] || printf '%s %s\n' "$KKT_INSTANCE_ID" "$KKT_DOMAIN" >"$KKT_STATE_DIR/instance"
## verify
id -u "$KKT_SERVICE_USER" >/dev/null && [ -d "$KKT_SHARED_DIR/logs" ] && [ -d "$KKT_STATE_DIR" ]
