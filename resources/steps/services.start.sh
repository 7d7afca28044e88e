## probe
[ -f "/etc/systemd/system/$KKT_WEB_SERVICE.service" ] || kkt_unknown "the units are installed first"
[ -e "$KKT_STATE_DIR/restart-needed" ] && kkt_change "will restart $KKT_WEB_SERVICE and $KKT_BOT_SERVICE to apply changes"
# One systemctl per question for both units: a line per unit, in order (a unit systemd does not
# know may leave no line, which can only make the answer "change").
mapfile -t enabled < <(systemctl is-enabled "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE" 2>/dev/null)
mapfile -t active < <(systemctl is-active "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE" 2>/dev/null)
i=0
for unit in "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE"; do
    case ${enabled[i]:-} in enabled | enabled-runtime | static | alias | indirect | generated | transient) ;; *) kkt_change "will enable $unit" ;; esac
    [ "${active[i]:-}" = active ] || kkt_change "will start $unit"
    i=$((i + 1))
done
kkt_done
## action
systemctl enable "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE" >/dev/null 2>&1
if [ -e "$KKT_STATE_DIR/restart-needed" ]; then
    systemctl restart "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE"
    rm -f "$KKT_STATE_DIR/restart-needed"
else
    systemctl start "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE"
fi
## verify
# Give the services a moment to fail if they are going to, then require them up and answering.
for i in $(seq 60); do
    if kkt_unit_active "$KKT_WEB_SERVICE" && curl -fsS -o /dev/null "http://127.0.0.1:$KKT_WEB_PORT$KKT_HEALTH_PATH" 2>/dev/null; then
        break
    fi
    [ "$i" = 60 ] && { journalctl -u "$KKT_WEB_SERVICE" -n 20 --no-pager >&2 || true; exit 1; }
    sleep 0.5
done
# The bot has no endpoint to ask: it must stay up for a second after it started. One that has been
# up longer than that already has (a re-run costs no wait); one started just now gets the second.
now=$EPOCHSECONDS
since=$(systemctl show -P ActiveEnterTimestamp --timestamp=unix "$KKT_BOT_SERVICE" 2>/dev/null || true)
since=${since#@}
case $since in '' | *[!0-9]*) since=$now ;; esac # unknown: wait
[ $((now - since)) -ge 2 ] || sleep 1
kkt_unit_active "$KKT_BOT_SERVICE" || { journalctl -u "$KKT_BOT_SERVICE" -n 20 --no-pager >&2 || true; exit 1; }
