# Switches the instance to the new release. Without migrations, with no failed request: the new
# release starts beside the old one on a spare port, is health-checked there, nginx is pointed at it
# (a graceful reload), `current` switches atomically, the main unit restarts on the new code, nginx
# is pointed back and the spare stops. With migrations: the services stop, the SQL files run in
# order (each in one transaction), `current` switches and the services start. Requests through
# nginx are probed every 50 ms meanwhile: the downtime is measured, not estimated.
# A transaction must not stop halfway: a cancel waits for it.
#! interruption: finish
## probe
[ "$(readlink "$KKT_CURRENT" 2>/dev/null)" = "$KKT_RELEASE_DIR" ] && [ "$(cat "$KKT_APP_DIR/.version" 2>/dev/null)" = "$KKT_VERSION" ] \
    && [ -e "$KKT_UPDATE_DIR/switched" ] && kkt_done "the instance runs $KKT_VERSION"
[ -s "$KKT_UPDATE_DIR/database.dump" ] || kkt_unknown "the backup is made first"
if [ -n "$KKT_MIGRATIONS" ]; then kkt_change "will stop the services, migrate the database, switch to $KKT_VERSION and start them"; fi
kkt_change "will start $KKT_VERSION beside $KKT_UPDATE_FROM and switch to it"
## action
# A run interrupted after the switch finished (its unit went on without the client) is done.
if [ -e "$KKT_UPDATE_DIR/switched" ] && [ "$(readlink "$KKT_CURRENT")" = "$KKT_RELEASE_DIR" ]; then exit 0; fi
site="/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME"
served_by=$site
if [ "$KKT_TEST_WEB" = path ]; then
    # A test instance under production's site: only its own location file is pointed at the spare
    # (its copy, *.kkt-main, is not *.conf, so production's site never includes it).
    site=$KKT_NGINX_INCLUDE_FILE
    served_by=$(grep -lE "server_name +$KKT_DOMAIN;" /etc/nginx/sites-enabled/* 2>/dev/null | head -n 1 || true)
fi
url="http://127.0.0.1$KKT_NGINX_LOCATION${KKT_HEALTH_PATH#/}"
curl_args=(-H "Host: $KKT_DOMAIN")
if grep -q 'listen 443' "$served_by" 2>/dev/null; then
    url="https://$KKT_DOMAIN$KKT_NGINX_LOCATION${KKT_HEALTH_PATH#/}"
    curl_args=(-k --resolve "$KKT_DOMAIN:443:127.0.0.1")
fi
watch="$KKT_UPDATE_DIR/watch"
: >"$watch"
( while :; do
    t=$(date +%s%3N)
    if curl -fsS -o /dev/null --max-time 2 "${curl_args[@]}" "$url" 2>/dev/null; then echo "$t ok"; else echo "$t fail"; fi
    sleep 0.05
  done >>"$watch" ) &
watcher=$!
stop_watch() {
    kill "$watcher" 2>/dev/null || true
    wait "$watcher" 2>/dev/null || true
    awk '$2 == "fail" { if (!first) first = $1; last = $1; n++ } { total++ }
         END { d = n ? last - first + 50 : 0; printf "%d %d %d\n", d, n, total }' "$watch" >"$KKT_UPDATE_DIR/downtime"
    echo "::kkt-downtime $(cat "$KKT_UPDATE_DIR/downtime")"
}
wait_healthy() { # port, tries of 0.25 s
    local i
    for i in $(seq "$2"); do
        curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$1$KKT_HEALTH_PATH" 2>/dev/null && return 0
        sleep 0.25
    done
    return 1
}
switch_current() {
    ln -sfn "$KKT_RELEASE_DIR" "$KKT_APP_DIR/.current.new"
    mv -T "$KKT_APP_DIR/.current.new" "$KKT_CURRENT"
    printf '%s' "$KKT_VERSION" | kkt_install_file "$KKT_APP_DIR/.version" 0644 "$KKT_SERVICE_USER:$KKT_SERVICE_USER" >/dev/null
}
spare="$KKT_WEB_SERVICE-next"
systemctl stop "$spare" 2>/dev/null || true
systemctl reset-failed "$spare" 2>/dev/null || true
[ -f "$site.kkt-main" ] && mv -f "$site.kkt-main" "$site" && nginx -t -q && systemctl reload nginx
if [ -n "$KKT_MIGRATIONS" ] || ! kkt_unit_active "$KKT_WEB_SERVICE"; then
    systemctl stop "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE"
    [ -z "$KKT_MIGRATIONS" ] || touch "$KKT_UPDATE_DIR/migrating"
    while IFS= read -r file; do
        [ -n "$file" ] || continue
        # Each file runs in one transaction: one listed as done is never run twice.
        grep -qxF "$file" "$KKT_UPDATE_DIR/migrated" 2>/dev/null && continue
        echo "migration $file"
        runuser -u "$KKT_SERVICE_USER" -- env PGPASSFILE="$KKT_SHARED_DIR/.pgpass" \
            psql -X -q -v ON_ERROR_STOP=1 --single-transaction -h 127.0.0.1 -U "$KKT_DB_ROLE" -d "$KKT_DB_NAME" \
            -f "$KKT_RELEASE_DIR/$file" || { stop_watch; exit 1; }
        echo "$file" >>"$KKT_UPDATE_DIR/migrated"
    done <<<"$KKT_MIGRATIONS"
    switch_current
    systemctl start "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE"
    # The health gate that follows judges the new release; here it is only given time to come up.
    wait_healthy "$KKT_WEB_PORT" 120 || echo "$KKT_VERSION does not answer $KKT_HEALTH_PATH yet"
else
    systemd-run --quiet --collect --unit "$spare" -p User="$KKT_SERVICE_USER" -p Group="$KKT_SERVICE_USER" \
        -p WorkingDirectory="$KKT_RELEASE_DIR" -p EnvironmentFile="$KKT_ENV_FILE" \
        -p Environment="PATH=$KKT_RELEASE_DIR/venv/bin:/usr/local/bin:/usr/bin:/bin" \
        /bin/bash -c "exec $KKT_SPARE_EXEC"
    if ! wait_healthy "$KKT_SPARE_PORT" 120; then
        journalctl -u "$spare" -n 20 --no-pager >&2 || true
        systemctl stop "$spare" 2>/dev/null || true
        stop_watch
        echo "$KKT_VERSION does not answer $KKT_HEALTH_PATH beside $KKT_UPDATE_FROM; nothing was switched" >&2
        exit 1
    fi
    # nginx to the new release (graceful: running requests finish on the old workers).
    cp -p "$site" "$site.kkt-main"
    sed "s#http://127.0.0.1:$KKT_WEB_PORT/#http://127.0.0.1:$KKT_SPARE_PORT/#g" "$site.kkt-main" >"$site"
    nginx -t -q && systemctl reload nginx
    sleep 0.5
    switch_current
    systemctl restart "$KKT_WEB_SERVICE"
    wait_healthy "$KKT_WEB_PORT" 120 || { stop_watch; echo "$KKT_WEB_SERVICE does not answer after the switch" >&2; exit 1; }
    mv -f "$site.kkt-main" "$site"
    nginx -t -q && systemctl reload nginx
    sleep 0.5
    systemctl stop "$spare"
    systemctl restart "$KKT_BOT_SERVICE"
fi
sleep 0.3
stop_watch
rm -f "$KKT_STATE_DIR/restart-needed" # the services run the new release now
touch "$KKT_UPDATE_DIR/switched"
## verify
[ "$(readlink "$KKT_CURRENT")" = "$KKT_RELEASE_DIR" ]
[ "$(cat "$KKT_APP_DIR/.version")" = "$KKT_VERSION" ]
kkt_unit_active "$KKT_WEB_SERVICE"
