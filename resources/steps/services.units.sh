## probe
printf '%s' "$KKT_WEB_UNIT" | kkt_same_file "/etc/systemd/system/$KKT_WEB_SERVICE.service" || kkt_change "will install $KKT_WEB_SERVICE.service"
printf '%s' "$KKT_BOT_UNIT" | kkt_same_file "/etc/systemd/system/$KKT_BOT_SERVICE.service" || kkt_change "will install $KKT_BOT_SERVICE.service"
kkt_done
## action
changed=$(
    printf '%s' "$KKT_WEB_UNIT" | kkt_install_file "/etc/systemd/system/$KKT_WEB_SERVICE.service" 0644 root:root
    printf '%s' "$KKT_BOT_UNIT" | kkt_install_file "/etc/systemd/system/$KKT_BOT_SERVICE.service" 0644 root:root
)
if [ -n "$changed" ]; then
    systemctl daemon-reload
    kkt_needs_restart
fi
## verify
systemctl cat "$KKT_WEB_SERVICE.service" "$KKT_BOT_SERVICE.service" >/dev/null
