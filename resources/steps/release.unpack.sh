#! verify: implied
## probe
[ -f "$KKT_RELEASE_DIR/.kkt-release-sha256" ] && [ "$(<"$KKT_RELEASE_DIR/.kkt-release-sha256")" = "$KKT_RELEASE_SHA256" ] \
    && [ -f "$KKT_RELEASE_DIR/VERSION" ] && kkt_done
kkt_change "will upload and unpack release $KKT_VERSION"
## action
# The archive was checked locally (checksum, entry names, links, sizes) and uploaded to
# KKT_UPLOAD_PATH, where the upload verified its SHA-256 once more.
echo "$KKT_RELEASE_SHA256  $KKT_UPLOAD_PATH" | sha256sum -c --quiet -
tmp="$KKT_RELEASES_DIR/.unpack-$KKT_VERSION"
rm -rf "$tmp"
install -d -m 0755 "$tmp"
# Stored owners and modes are not trusted: everything belongs to the service user, 0644/0755.
tar -xzf "$KKT_UPLOAD_PATH" -C "$tmp" --no-same-owner --no-same-permissions --no-overwrite-dir
find "$tmp" -type d -exec chmod 0755 {} +
find "$tmp" -type f -exec chmod 0644 {} +
# The shipped SQLite files must never become the application's database.
find "$tmp" -type f \( -name '*.db' -o -name '*.sqlite' -o -name '*.sqlite3' \) -delete
rm -f "$tmp/.env"
chown -R "$KKT_SERVICE_USER:$KKT_SERVICE_USER" "$tmp"
printf '%s' "$KKT_RELEASE_SHA256" >"$tmp/.kkt-release-sha256"
rm -rf "$KKT_RELEASE_DIR"
mv "$tmp" "$KKT_RELEASE_DIR"
rm -f "$KKT_UPLOAD_PATH"
## verify
[ "$(cat "$KKT_RELEASE_DIR/.kkt-release-sha256")" = "$KKT_RELEASE_SHA256" ]
[ -f "$KKT_RELEASE_DIR/VERSION" ]
