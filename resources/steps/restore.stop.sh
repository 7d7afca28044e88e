## probe
[ -f "$KKT_BACKUP_DIR/$KKT_BACKUP_NAME.sql.gz" ] || kkt_unknown "there is no backup $KKT_BACKUP_NAME"
kkt_unit_active "$KKT_WEB_SERVICE" || kkt_unit_active "$KKT_BOT_SERVICE" || kkt_done "the services are stopped"
kkt_change "will back up the current state, then stop $KKT_WEB_SERVICE and $KKT_BOT_SERVICE"
## action
gzip -t "$KKT_BACKUP_DIR/$KKT_BACKUP_NAME.sql.gz"
[ -f "$KKT_BACKUP_DIR/$KKT_BACKUP_NAME.env" ] || { echo "backup $KKT_BACKUP_NAME has no environment file" >&2; exit 1; }
# What is about to be replaced is kept as a backup of its own, so a restore can be undone.
runuser -u "$KKT_SERVICE_USER" -- "$KKT_APP_DIR/backup.sh" before-restore
systemctl stop "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE"
## verify
if kkt_unit_active "$KKT_WEB_SERVICE" || kkt_unit_active "$KKT_BOT_SERVICE"; then exit 1; fi
