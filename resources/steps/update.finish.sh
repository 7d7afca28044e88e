# Records the update on the server (its folder says it succeeded) and prunes what the rollback
# window no longer needs: update backups and releases older than KKT_ROLLBACK_DAYS days, always
# keeping the release that runs, the previous one and the backup of the last update.
## probe
[ -e "$KKT_UPDATE_DIR/succeeded" ] && kkt_done "update $KKT_UPDATE_ID is recorded"
kkt_change "will record update $KKT_UPDATE_ID and prune old releases and backups"
## action
date +%s >"$KKT_UPDATE_DIR/succeeded"
now=$(date +%s)
limit=$((now - KKT_ROLLBACK_DAYS * 86400))
keep_release="$(readlink "$KKT_CURRENT") $(cat "$KKT_UPDATE_DIR/previous")"
for dir in "$KKT_SHARED_DIR"/updates/*/; do
    dir=${dir%/}
    [ "$dir" = "$KKT_UPDATE_DIR" ] && continue
    created=$(cat "$dir/created" 2>/dev/null || echo 0)
    if [ "$created" -lt "$limit" ]; then echo "pruning the backup of update ${dir##*/}"; rm -rf "$dir"; fi
done
for dir in "$KKT_RELEASES_DIR"/*/; do
    dir=${dir%/}
    case " $keep_release " in *" $dir "*) continue ;; esac
    if [ "$(stat -c %Y "$dir")" -lt "$limit" ]; then echo "pruning release ${dir##*/}"; rm -rf "$dir"; fi
done
## verify
[ -e "$KKT_UPDATE_DIR/succeeded" ]
