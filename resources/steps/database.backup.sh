#! verify: implied
## probe
[ -f "$KKT_STATE_DIR/secrets.env" ] || kkt_unknown "the database password is generated first"
printf '%s' "$KKT_BACKUP_SCRIPT" | kkt_same_file "$KKT_APP_DIR/backup.sh" || kkt_change "will install the backup script"
printf '%s' "$KKT_BACKUP_SERVICE" | kkt_same_file "/etc/systemd/system/$KKT_BACKUP_UNIT.service" || kkt_change "will install the backup service"
printf '%s' "$KKT_BACKUP_TIMER" | kkt_same_file "/etc/systemd/system/$KKT_BACKUP_UNIT.timer" || kkt_change "will schedule backups at $KKT_BACKUP_TIME"
[ -x "$KKT_APP_DIR/backup.sh" ] || kkt_change "will make the backup script executable"
[ -f "$KKT_SHARED_DIR/.pgpass" ] || kkt_change "will store the backup credentials"
systemctl is-enabled --quiet "$KKT_BACKUP_UNIT.timer" || kkt_change "will enable the backup timer"
kkt_done
## action
. "$KKT_STATE_DIR/secrets.env"
printf '127.0.0.1:5432:%s:%s:%s\n' "$KKT_DB_NAME" "$KKT_DB_ROLE" "$DB_PASSWORD" \
    | kkt_install_file "$KKT_SHARED_DIR/.pgpass" 0600 "$KKT_SERVICE_USER:$KKT_SERVICE_USER"
printf '%s' "$KKT_BACKUP_SCRIPT" | kkt_install_file "$KKT_APP_DIR/backup.sh" 0750 "root:$KKT_SERVICE_USER"
changed=$(
    printf '%s' "$KKT_BACKUP_SERVICE" | kkt_install_file "/etc/systemd/system/$KKT_BACKUP_UNIT.service" 0644 root:root
    printf '%s' "$KKT_BACKUP_TIMER" | kkt_install_file "/etc/systemd/system/$KKT_BACKUP_UNIT.timer" 0644 root:root
)
[ -n "$changed" ] && systemctl daemon-reload
systemctl enable --now "$KKT_BACKUP_UNIT.timer"
## verify
systemctl is-enabled --quiet "$KKT_BACKUP_UNIT.timer"
[ -x "$KKT_APP_DIR/backup.sh" ]
