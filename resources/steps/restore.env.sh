## probe
[ -f "$KKT_BACKUP_DIR/$KKT_BACKUP_NAME.env" ] || kkt_unknown "backup $KKT_BACKUP_NAME has no environment file"
kkt_same_file "$KKT_ENV_FILE" <"$KKT_BACKUP_DIR/$KKT_BACKUP_NAME.env" \
    && [ "$(stat -c '%a %U' "$KKT_ENV_FILE")" = "600 $KKT_SERVICE_USER" ] && kkt_done
kkt_change "will restore the environment file of $KKT_BACKUP_NAME (0600)"
## action
kkt_install_file "$KKT_ENV_FILE" 0600 "$KKT_SERVICE_USER:$KKT_SERVICE_USER" <"$KKT_BACKUP_DIR/$KKT_BACKUP_NAME.env"
## verify
cmp -s "$KKT_ENV_FILE" "$KKT_BACKUP_DIR/$KKT_BACKUP_NAME.env"
[ "$(stat -c '%a %U' "$KKT_ENV_FILE")" = "600 $KKT_SERVICE_USER" ]
