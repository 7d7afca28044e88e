#! recheck: always
#! verify: implied
## probe
taken=$(kkt_foreign_listeners 80 443)
[ -z "$taken" ] || kkt_change "$taken"
taken=$(kkt_port_taken_by_other "$KKT_WEB_PORT" "$KKT_WEB_SERVICE")
[ -z "$taken" ] || kkt_change "$taken"
kkt_done
## action
# A condition of the moment: nothing here can free a port another service holds.
taken=$(kkt_foreign_listeners 80 443; kkt_port_taken_by_other "$KKT_WEB_PORT" "$KKT_WEB_SERVICE")
[ -z "$taken" ] && exit 0
echo "$taken — stop that service or move it to other ports, then resume" >&2
exit 1
## verify
[ -z "$(kkt_foreign_listeners 80 443)" ] && [ -z "$(kkt_port_taken_by_other "$KKT_WEB_PORT" "$KKT_WEB_SERVICE")" ]
