## probe
# Removal of a test instance only, and only the one this server records.
[ "$KKT_MODE" = test ] || kkt_unknown "only a test instance is removed this way"
for unit in "$KKT_WEB_SERVICE.service" "$KKT_BOT_SERVICE.service" "$KKT_BACKUP_UNIT.service" "$KKT_BACKUP_UNIT.timer"; do
    [ -e "/etc/systemd/system/$unit" ] && kkt_change "will stop $unit and remove it"
done
kkt_done
## action
if [ "$KKT_MODE" != test ]; then echo "only a test instance is removed this way; nothing was changed" >&2; exit 1; fi
if [ -f "$KKT_STATE_DIR/instance" ] && [ "$(cut -d' ' -f1 "$KKT_STATE_DIR/instance")" != "$KKT_INSTANCE_ID" ]; then
    echo "the test instance on this server is $(cut -d' ' -f1 "$KKT_STATE_DIR/instance"), not $KKT_INSTANCE_ID; nothing was changed" >&2
    exit 1
fi
kkt_remove_units
systemctl reset-failed "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE" "$KKT_BACKUP_UNIT" >/dev/null 2>&1 || true
## verify
for unit in "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE" "$KKT_BACKUP_UNIT"; do
    [ ! -e "/etc/systemd/system/$unit.service" ] && ! systemctl is-active --quiet "$unit"
done
[ ! -e "/etc/systemd/system/$KKT_BACKUP_UNIT.timer" ]
