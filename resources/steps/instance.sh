# Read-only: the instance already living in this mode's state folder, if any.
if [ -f "$KKT_STATE_DIR/instance" ]; then
    echo "::kkt-instance $(cat "$KKT_STATE_DIR/instance")"
    echo "::kkt-installed-version $(cat "$KKT_APP_DIR/.version" 2>/dev/null || echo none)"
else
    echo "::kkt-instance none"
fi
