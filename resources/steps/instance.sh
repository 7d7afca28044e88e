# Read-only: the instance already living in this mode's state folder, if any.
if [ -f "$KKT_STATE_DIR/instance" ]; then
    echo "::kkt-instance $(cat "$KKT_STATE_DIR/instance")"
else
    echo "::kkt-instance none"
fi
