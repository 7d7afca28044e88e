## probe
[ -e "$KKT_APP_DIR" ] && kkt_change "will remove $KKT_APP_DIR"
[ -e "$KKT_STATE_DIR" ] && kkt_change "will remove $KKT_STATE_DIR"
kkt_done
## action
rm -rf "$KKT_APP_DIR" "$KKT_STATE_DIR"
## verify
[ ! -e "$KKT_APP_DIR" ] && [ ! -e "$KKT_STATE_DIR" ]
