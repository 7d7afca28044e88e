# Prepares the new release beside the running one without touching it: the server's own .env (the
# one in the shared folder, which holds the secrets) and its logs and backups are linked in, so
# nothing is asked again. `current` is not switched here.
## probe
[ -d "$KKT_RELEASE_DIR" ] || kkt_unknown "the release is unpacked first"
[ -f "$KKT_ENV_FILE" ] || kkt_unknown "the instance has no $KKT_ENV_FILE"
for name in .env logs backups; do
    [ "$(readlink "$KKT_RELEASE_DIR/$name" 2>/dev/null)" = "$KKT_SHARED_DIR/$name" ] || kkt_change "will link the shared $name into release $KKT_VERSION"
done
kkt_done
## action
grep -q '^DATABASE_URL=postgresql://' "$KKT_ENV_FILE" || { echo "$KKT_ENV_FILE has no PostgreSQL DATABASE_URL" >&2; exit 1; }
install -d -m 0755 -o "$KKT_SERVICE_USER" -g "$KKT_SERVICE_USER" "$KKT_SHARED_DIR/logs" "$KKT_SHARED_DIR/backups"
for name in .env logs backups; do
    ln -sfn "$KKT_SHARED_DIR/$name" "$KKT_RELEASE_DIR/$name"
done
## verify
for name in .env logs backups; do
    [ "$(readlink "$KKT_RELEASE_DIR/$name")" = "$KKT_SHARED_DIR/$name" ]
done
