#! verify: implied
## probe
[ -f "$KKT_APP_DIR/.version" ] && [ "$(<"$KKT_APP_DIR/.version")" = "$KKT_VERSION" ] && kkt_done
kkt_change "will record version $KKT_VERSION"
## action
printf '%s' "$KKT_VERSION" | kkt_install_file "$KKT_APP_DIR/.version" 0644 "$KKT_SERVICE_USER:$KKT_SERVICE_USER"
## verify
[ "$(cat "$KKT_APP_DIR/.version")" = "$KKT_VERSION" ]
