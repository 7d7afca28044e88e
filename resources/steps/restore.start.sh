## probe
kkt_unit_active "$KKT_WEB_SERVICE" && kkt_unit_active "$KKT_BOT_SERVICE" && kkt_done
kkt_change "will start $KKT_WEB_SERVICE and $KKT_BOT_SERVICE"
## action
systemctl start "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE"
## verify
kkt_unit_active "$KKT_WEB_SERVICE"
kkt_unit_active "$KKT_BOT_SERVICE"
for i in $(seq 60); do
    curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$KKT_WEB_PORT$KKT_HEALTH_PATH" 2>/dev/null && exit 0
    sleep 0.25
done
curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$KKT_WEB_PORT$KKT_HEALTH_PATH"
