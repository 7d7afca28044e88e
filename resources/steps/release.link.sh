#! verify: implied
## probe
[ -d "$KKT_RELEASE_DIR" ] || kkt_unknown "the release is unpacked first"
for name in .env logs backups; do
    [ "$(readlink "$KKT_RELEASE_DIR/$name" 2>/dev/null)" = "$KKT_SHARED_DIR/$name" ] || kkt_change "will link the shared $name"
done
[ "$(readlink "$KKT_CURRENT" 2>/dev/null)" = "$KKT_RELEASE_DIR" ] || kkt_change "will switch current to $KKT_VERSION"
kkt_done
## action
for name in .env logs backups; do
    ln -sfn "$KKT_SHARED_DIR/$name" "$KKT_RELEASE_DIR/$name"
done
if [ "$(readlink "$KKT_CURRENT" 2>/dev/null)" != "$KKT_RELEASE_DIR" ]; then
    # A new link renamed over the old one: the switch is atomic.
    ln -sfn "$KKT_RELEASE_DIR" "$KKT_APP_DIR/.current.new"
    mv -T "$KKT_APP_DIR/.current.new" "$KKT_CURRENT"
    kkt_needs_restart
fi
## verify
[ "$(readlink "$KKT_CURRENT")" = "$KKT_RELEASE_DIR" ]
